using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using ProfileFunctions.Operations;

namespace ProfileFunctions.App.Functions;

/// <summary>
/// The operator API under /api/ops/ (function keys; routes avoid the reserved "admin" prefix): each function hands
/// the request to <see cref="OperatorApi"/>, the same code <c>profiles serve</c> runs, so both hosts validate alike.
/// </summary>
public sealed class OperatorFunctions(OperatorApi api)
{
    [Function("OpsRecrawl")]
    public Task<IActionResult> Recrawl([HttpTrigger(AuthorizationLevel.Function, "post", Route = "ops/recrawl")] HttpRequest request) =>
        HandleAsync(request, "ops/recrawl");

    [Function("OpsSources")]
    public Task<IActionResult> Sources([HttpTrigger(AuthorizationLevel.Function, "post", "delete", Route = "ops/sources")] HttpRequest request) =>
        HandleAsync(request, "ops/sources");

    [Function("OpsStatus")]
    public Task<IActionResult> Status([HttpTrigger(AuthorizationLevel.Function, "get", Route = "ops/status")] HttpRequest request) =>
        HandleAsync(request, "ops/status");

    [Function("OpsRender")]
    public Task<IActionResult> Render([HttpTrigger(AuthorizationLevel.Function, "post", Route = "ops/render")] HttpRequest request) =>
        HandleAsync(request, "ops/render");

    private async Task<IActionResult> HandleAsync(HttpRequest request, string route)
    {
        var body = await OperatorApi.ReadBodyAsync(request.Body, request.ContentLength, request.HttpContext.RequestAborted);
        var response = body is null ? OperatorApi.TooLarge() : await api.HandleAsync(request.Method, route, body, request.HttpContext.RequestAborted);
        return new ContentResult { StatusCode = response.Status, Content = response.Json, ContentType = "application/json; charset=utf-8" };
    }
}
