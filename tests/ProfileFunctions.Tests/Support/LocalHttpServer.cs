using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using ProfileFunctions.Cli.Hosting;

namespace ProfileFunctions.Tests.Support;

/// <summary>A real Kestrel server on 127.0.0.1 with a free port, answering with the handler a test gives.</summary>
internal sealed class LocalHttpServer : IAsyncDisposable
{
    private readonly LoopbackWebServer _server;

    private LocalHttpServer(LoopbackWebServer server) => _server = server;

    public Uri BaseUri => _server.Url;

    public static async Task<LocalHttpServer> StartAsync(RequestDelegate handler) =>
        new(await LoopbackWebServer.StartAsync(0, app => app.Run(handler), CancellationToken.None));

    public Uri Url(string pathAndQuery) => new(BaseUri, pathAndQuery.TrimStart('/'));

    public ValueTask DisposeAsync() => _server.DisposeAsync();
}
