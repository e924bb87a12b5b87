using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Http;
using ProfileFunctions.Operations;

namespace ProfileFunctions.Cli.Hosting;

/// <summary>
/// The operator API under <c>/api/ops/</c> in <c>profiles serve</c>, authenticated the way Azure Functions keys are
/// (the <c>x-functions-key</c> header, compared in constant time against <c>PROFILES_API_KEY</c>). Without a
/// configured key every call answers 401; the static site is served either way.
/// </summary>
internal sealed class OperatorEndpoint(OperatorApi api, string? key)
{
    public const string KeySetting = "PROFILES_API_KEY";
    public const string KeyHeader = "x-functions-key";

    public async Task HandleAsync(HttpContext context)
    {
        if (string.IsNullOrEmpty(key) || !context.Request.Headers.TryGetValue(KeyHeader, out var given) || !Matches(given.ToString(), key))
        {
            await WriteAsync(context, new OperatorResponse(401, "{\n  \"error\": \"missing or wrong x-functions-key\"\n}"));
            return;
        }

        var body = await OperatorApi.ReadBodyAsync(context.Request.Body, context.Request.ContentLength, context.RequestAborted);
        if (body is null)
        {
            await WriteAsync(context, OperatorApi.TooLarge());
            return;
        }

        var route = context.Request.Path.Value!["/api/".Length..];
        await WriteAsync(context, await api.HandleAsync(context.Request.Method, route, body, context.RequestAborted));
    }

    private static bool Matches(string given, string expected) =>
        CryptographicOperations.FixedTimeEquals(SHA256.HashData(Encoding.UTF8.GetBytes(given)), SHA256.HashData(Encoding.UTF8.GetBytes(expected)));

    private static async Task WriteAsync(HttpContext context, OperatorResponse response)
    {
        context.Response.StatusCode = response.Status;
        context.Response.ContentType = "application/json; charset=utf-8";
        await context.Response.WriteAsync(response.Json + "\n", context.RequestAborted);
    }
}
