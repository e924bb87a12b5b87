using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using ProfileFunctions.Cli.Hosting;
using ProfileFunctions.Crawling;
using ProfileFunctions.Publishing;
using ProfileFunctions.Sources;

namespace ProfileFunctions.Cli.Commands;

/// <summary>
/// <c>profiles demo</c>: the whole product in one command, on the repository's own demo listing sites: a fresh
/// Azurite, the demo sites served locally, sources registered, crawled, rendered and published, and the site served.
/// </summary>
internal sealed class DemoCommand(IReadOnlyDictionary<string, string?>? settings = null) : ICliCommand
{
    public string Name => "demo";

    public string Usage => "demo [--port 8080] [--no-wait]";

    public async Task<int> RunAsync(IReadOnlyList<string> args, CliConsole console, CancellationToken cancellationToken)
    {
        var arguments = CliArguments.Parse(args, ["port"], ["no-wait"]);
        arguments.NoPositionals();
        var port = FreePort(ServeCommand.Port(arguments.Option("port")));
        var demo = DemoSiteServer.FindDemo() ?? throw new CliFailureException("demo data not found: run the demo from the repository");
        var clock = Stopwatch.StartNew();
        void Step(string text) => console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"[{clock.Elapsed.TotalSeconds,5:F1}s] {text}"));

        Step("starting storage (Azurite, in memory)");
        var overrides = new Dictionary<string, string?>(settings ?? new Dictionary<string, string?>())
        {
            ["Site:BaseUrl"] = $"http://127.0.0.1:{port}/",
            ["Site:SiteName"] = "Researcher profiles (demo)",
            ["Crawler:DelayBetweenRequests"] = "00:00:00",
        };
        await using var services = await CliServices.CreateAsync(overrides, cancellationToken, freshStorage: true);

        await using var sites = await DemoSiteServer.StartAsync(demo, cancellationToken);
        Step($"serving the demo listing sites at {sites.Url}");

        var registered = await sites.RegisterSourcesAsync(services.Get<SourceService>(), cancellationToken);
        Step($"registered {registered.Count} sources");

        var crawl = await services.Get<CrawlRun>().RunAsync(null, force: true, workers: 4, progress =>
            Step($"crawled [{progress.Done}/{progress.Total}] {progress.Last.Outcome.ToString().ToLowerInvariant()} {progress.Last.Url}{(progress.Last.Reason is null ? string.Empty : " - " + progress.Last.Reason)}"), cancellationToken);
        var published = await services.Get<SitePublisher>().PublishQueuedAsync(workers: 4, cancellationToken);
        Step($"published {published.Rendered} files ({published.Uploaded} uploaded)");

        await using var server = await ServeCommand.StartAsync(services.Get<ISiteStore>(), port, cancellationToken);
        Step($"done: {crawl?.Changed ?? 0} sources crawled into profiles");
        await console.Out.WriteLineAsync($"Open {server.Url} to browse the demo site{(arguments.Flag("no-wait") ? string.Empty : " (Ctrl+C to stop)")}");
        await console.Out.FlushAsync(cancellationToken);
        if (arguments.Flag("no-wait"))
        {
            return ProfilesCli.Success;
        }

        try
        {
            await Task.Delay(Timeout.Infinite, cancellationToken);
        }
        catch (OperationCanceledException)
        {
            // Ctrl+C: stop serving.
        }

        return ProfilesCli.Success;
    }

    // The asked port when it is free, else any free one: the demo should start, not fail on a busy 8080.
    private static int FreePort(int wanted)
    {
        foreach (var candidate in new[] { wanted, 0 })
        {
            try
            {
                using var listener = new TcpListener(IPAddress.Loopback, candidate);
                listener.Start();
                return ((IPEndPoint)listener.LocalEndpoint).Port;
            }
            catch (SocketException)
            {
                // Busy: try the next.
            }
        }

        throw new CliFailureException("no free port on 127.0.0.1");
    }
}
