using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.FileProviders;

namespace ProfileFunctions.Cli.Hosting;

/// <summary>The repository's demo listing sites (<c>demo/sites</c>), served as static files on a free loopback port.</summary>
internal sealed class DemoSiteServer : IAsyncDisposable
{
    private readonly WebApplication _app;

    private DemoSiteServer(WebApplication app, Uri url)
    {
        _app = app;
        Url = url;
    }

    public Uri Url { get; }

    public static async Task<DemoSiteServer> StartAsync(string folder, CancellationToken cancellationToken)
    {
        var (app, url) = await LoopbackWebServer.StartAsync(0, app => app.UseStaticFiles(new StaticFileOptions { FileProvider = new PhysicalFileProvider(folder) }), cancellationToken);
        return new DemoSiteServer(app, url);
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

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
