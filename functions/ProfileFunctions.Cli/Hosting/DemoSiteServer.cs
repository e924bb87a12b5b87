using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.FileProviders;
using ProfileFunctions.Sources;

namespace ProfileFunctions.Cli.Hosting;

/// <summary>The repository's demo listing sites (<c>demo/sites</c>), served as static files on a free loopback port.</summary>
internal sealed class DemoSiteServer : IAsyncDisposable
{
    private readonly LoopbackWebServer _server;
    private readonly string _demo;

    private DemoSiteServer(LoopbackWebServer server, string demo)
    {
        _server = server;
        _demo = demo;
    }

    public Uri Url => _server.Url;

    /// <summary>Serves <c>{demo}/sites</c>.</summary>
    public static async Task<DemoSiteServer> StartAsync(string demo, CancellationToken cancellationToken)
    {
        var sites = Path.Combine(demo, "sites");
        var server = await LoopbackWebServer.StartAsync(0, app => app.UseStaticFiles(new StaticFileOptions { FileProvider = new PhysicalFileProvider(sites) }), cancellationToken);
        return new DemoSiteServer(server, demo);
    }

    /// <summary>Registers the demo's sources (<c>{demo}/sources.json</c>, whose <c>{site}</c> is this server).</summary>
    public async Task<IReadOnlyList<Source>> RegisterSourcesAsync(SourceService sources, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(sources);
        var json = await File.ReadAllTextAsync(Path.Combine(_demo, "sources.json"), cancellationToken);
        return await sources.ImportAsync(json.Replace("{site}", Url.AbsoluteUri.TrimEnd('/'), StringComparison.Ordinal), cancellationToken);
    }

    /// <summary>The demo folder beside the program or above the current folder.</summary>
    public static string? FindDemo()
    {
        foreach (var origin in new[] { AppContext.BaseDirectory, Environment.CurrentDirectory })
        {
            for (var directory = new DirectoryInfo(origin); directory is not null; directory = directory.Parent)
            {
                var candidate = Path.Combine(directory.FullName, "demo");
                if (File.Exists(Path.Combine(candidate, "sources.json")))
                {
                    return candidate;
                }
            }
        }

        return null;
    }

    public ValueTask DisposeAsync() => _server.DisposeAsync();
}
