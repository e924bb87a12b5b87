using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using ProfileFunctions.Publishing;

namespace ProfileFunctions.Cli.Hosting;

/// <summary>
/// Serves the published site from <c>$web</c> on 127.0.0.1 the way the Azure static website does: a folder's
/// <c>index.html</c> for <c>/x/</c> and <c>/x</c>, the 404 document with status 404, each blob's own Content-Type and
/// Cache-Control.
/// </summary>
internal static class StaticSiteServer
{
    public static Task<LoopbackWebServer> StartAsync(ISiteStore site, int port, CancellationToken cancellationToken, OperatorEndpoint? operators = null) =>
        LoopbackWebServer.StartAsync(port, app => app.Run(context =>
            operators is not null && context.Request.Path.StartsWithSegments("/api/ops", StringComparison.OrdinalIgnoreCase)
                ? operators.HandleAsync(context)
                : ServeAsync(context, site)), cancellationToken);

    internal static async Task ServeAsync(HttpContext context, ISiteStore site)
    {
        if (!HttpMethods.IsGet(context.Request.Method) && !HttpMethods.IsHead(context.Request.Method))
        {
            context.Response.StatusCode = StatusCodes.Status405MethodNotAllowed;
            return;
        }

        var path = Uri.UnescapeDataString(context.Request.Path.Value?.TrimStart('/') ?? string.Empty);
        var file = path.Length == 0 || path.EndsWith('/')
            ? await site.GetAsync(path + "index.html", context.RequestAborted)
            : await site.GetAsync(path, context.RequestAborted) ?? await site.GetAsync(path + "/index.html", context.RequestAborted);
        if (file is null)
        {
            context.Response.StatusCode = StatusCodes.Status404NotFound;
            file = await site.GetAsync("404.html", context.RequestAborted);
            if (file is null)
            {
                return;
            }
        }

        context.Response.ContentType = file.ContentType;
        if (file.CacheControl is { } cache)
        {
            context.Response.Headers.CacheControl = cache;
        }

        context.Response.ContentLength = file.Content.Length;
        if (!HttpMethods.IsHead(context.Request.Method))
        {
            await context.Response.Body.WriteAsync(file.Content, context.RequestAborted);
        }
    }
}
