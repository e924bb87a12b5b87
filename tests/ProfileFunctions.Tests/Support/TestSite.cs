using System.Collections.Concurrent;
using Microsoft.AspNetCore.Http;

namespace ProfileFunctions.Tests.Support;

/// <summary>
/// A website on 127.0.0.1 whose pages a test sets and changes between crawls; it records every request, so tests
/// can check conditional headers, retries and pacing.
/// </summary>
internal sealed class TestSite : IAsyncDisposable
{
    private readonly ConcurrentDictionary<string, Func<HttpContext, Task>> _routes = new(StringComparer.Ordinal);
    private readonly LocalHttpServer _server;

    private TestSite(LocalHttpServer server) => _server = server;

    public ConcurrentQueue<(string Path, DateTimeOffset At, string? IfNoneMatch, string? UserAgent)> Requests { get; } = new();

    public static async Task<TestSite> StartAsync()
    {
        TestSite? site = null;
        var server = await LocalHttpServer.StartAsync(context => site!.HandleAsync(context));
        site = new TestSite(server);
        return site;
    }

    public string Url(string path) => _server.Url(path).ToString();

    public void Page(string path, string html, string? etag = null, string contentType = "text/html; charset=utf-8") =>
        _routes[path] = async context =>
        {
            if (etag is not null)
            {
                context.Response.Headers.ETag = etag;
                if (context.Request.Headers.IfNoneMatch == etag)
                {
                    context.Response.StatusCode = StatusCodes.Status304NotModified;
                    return;
                }
            }

            context.Response.ContentType = contentType;
            await context.Response.WriteAsync(html);
        };

    public void Route(string path, Func<HttpContext, Task> handler) => _routes[path] = handler;

    public int Count(string path) => Requests.Count(request => request.Path == path);

    private async Task HandleAsync(HttpContext context)
    {
        var path = context.Request.Path + context.Request.QueryString;
        Requests.Enqueue((path, DateTimeOffset.UtcNow, context.Request.Headers.IfNoneMatch.FirstOrDefault(), context.Request.Headers.UserAgent.FirstOrDefault()));
        if (_routes.TryGetValue(path, out var handler))
        {
            await handler(context);
        }
        else
        {
            context.Response.StatusCode = StatusCodes.Status404NotFound;
        }
    }

    public ValueTask DisposeAsync() => _server.DisposeAsync();
}
