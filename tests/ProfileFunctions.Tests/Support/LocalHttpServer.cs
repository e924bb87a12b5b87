using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using ProfileFunctions.Cli.Hosting;

namespace ProfileFunctions.Tests.Support;

/// <summary>A real Kestrel server on 127.0.0.1 with a free port, answering with the handler a test gives.</summary>
internal sealed class LocalHttpServer : IAsyncDisposable
{
    private readonly WebApplication _app;

    private LocalHttpServer(WebApplication app, Uri baseUri)
    {
        _app = app;
        BaseUri = baseUri;
    }

    public Uri BaseUri { get; }

    public static async Task<LocalHttpServer> StartAsync(RequestDelegate handler)
    {
        var (app, url) = await LoopbackWebServer.StartAsync(0, app => app.Run(handler), CancellationToken.None);
        return new LocalHttpServer(app, url);
    }

    public Uri Url(string pathAndQuery) => new(BaseUri, pathAndQuery.TrimStart('/'));

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
