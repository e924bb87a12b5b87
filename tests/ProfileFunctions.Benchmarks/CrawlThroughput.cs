using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using ProfileFunctions.Cli.Hosting;
using ProfileFunctions.Crawling;
using ProfileFunctions.Researchers;
using ProfileFunctions.Sources;
using ProfileFunctions.Storage;

namespace ProfileFunctions.Benchmarks;

/// <summary>
/// A timed crawl, end to end: 50 local hosts (Kestrel on 50 ports) serve 100 paginated author listings of 20 pages
/// each (2,000 pages, 10 works a page); every source is crawled into an in-memory Azurite with politeness set to
/// zero delay. Prints pages/s and CPU per page (this process, and Azurite's node process).
/// </summary>
internal static class CrawlThroughput
{
    private const int Hosts = 50;
    private const int SourcesPerHost = 2;
    private const int PagesPerSource = 20;
    private const int WorksPerPage = 10;
    private const int WarmUpSources = 10;

    public static async Task<int> RunAsync(string[] args)
    {
        // crawl [WORKERS] [--cold]: --cold times the first crawl of the process, JIT compilation included.
        var workers = args.Length > 0 && int.TryParse(args[0], CultureInfo.InvariantCulture, out var count) ? count : 16;
        var cold = args.Contains("--cold");
        await using var azurite = await EmbeddedAzurite.StartAsync(dataDirectory: null, CancellationToken.None);
        var servers = new List<WebApplication>();
        for (var host = 0; host < Hosts; host++)
        {
            servers.Add(await StartHostAsync(host));
        }

        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["AzureWebJobsStorage"] = azurite.ConnectionString,
            ["Crawler:DelayBetweenRequests"] = "00:00:00",
            ["Crawler:MaxPages"] = PagesPerSource.ToString(CultureInfo.InvariantCulture),
        }).Build();
        var services = new ServiceCollection().AddLogging(logging => logging.SetMinimumLevel(LogLevel.Warning)).AddSingleton<IConfiguration>(configuration);
        services.AddProfileServices(configuration);
        await using var provider = services.BuildServiceProvider();

        var urls = servers.SelectMany((server, host) => Enumerable.Range(0, SourcesPerHost).Select(source => $"{server.Urls.First()}/authors/{host}-{source}/1")).ToArray();
        var sourcesService = provider.GetRequiredService<SourceService>();
        var crawl = provider.GetRequiredService<CrawlRun>();

        // Steady state: a warm-up crawl of other sources first (its own researchers), so the timed crawl measures the
        // crawler rather than the JIT compiling it. The timed crawl then finds only the new sources due.
        var warmUp = cold ? [] : servers.Take(WarmUpSources).Select((server, host) => $"{server.Urls.First()}/authors/{host}-warmup/1").ToArray();
        if (warmUp.Length > 0)
        {
            await sourcesService.ImportAsync(SourcesJson(warmUp), CancellationToken.None);
            await crawl.RunAsync(null, force: false, workers, _ => { }, CancellationToken.None);
        }

        await sourcesService.ImportAsync(SourcesJson(urls), CancellationToken.None);

        var ownCpu = Process.GetCurrentProcess().TotalProcessorTime;
        var azuriteCpu = azurite.Process.TotalProcessorTime;
        var collections = (Gen0: GC.CollectionCount(0), Gen1: GC.CollectionCount(1), Gen2: GC.CollectionCount(2));
        var paused = GC.GetTotalPauseDuration();
        var clock = Stopwatch.StartNew();
        var last = await crawl.RunAsync(null, force: false, workers, _ => { }, CancellationToken.None);
        clock.Stop();
        var ownUsed = Process.GetCurrentProcess().TotalProcessorTime - ownCpu;
        azurite.Process.Refresh();
        var azuriteUsed = azurite.Process.TotalProcessorTime - azuriteCpu;

        var researchers = await provider.GetRequiredService<IResearcherStore>().ListAsync(CancellationToken.None);
        var pages = urls.Length * PagesPerSource;
        var works = researchers.Sum(researcher => researcher.Works.Count);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"sources {last?.Done} ({last?.Changed} changed, {last?.Failed} failed), pages {pages}, researchers {researchers.Count}, works {works}, workers {workers}, {(cold ? "cold (JIT included)" : $"after a warm-up crawl of {warmUp.Length} sources")}"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"wall {clock.Elapsed.TotalSeconds:F1} s => {pages / clock.Elapsed.TotalSeconds:F0} pages/s"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"CPU per page: {ownUsed.TotalMilliseconds / pages:F2} ms in this process (crawler + the 50 test sites), {azuriteUsed.TotalMilliseconds / pages:F2} ms in Azurite"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"GCs: {GC.CollectionCount(0) - collections.Gen0} gen0, {GC.CollectionCount(1) - collections.Gen1} gen1, {GC.CollectionCount(2) - collections.Gen2} gen2; paused {(GC.GetTotalPauseDuration() - paused).TotalMilliseconds:F0} ms"));

        foreach (var server in servers)
        {
            await server.StopAsync();
            await server.DisposeAsync();
        }

        return last?.Failed == 0 && last.Done == urls.Length && works == (urls.Length + warmUp.Length) * PagesPerSource * WorksPerPage ? 0 : 1;
    }

    private static string SourcesJson(IEnumerable<string> urls) => "[" + string.Join(",", urls.Select(url => $"{{\"url\": \"{url}\"}}")) + "]";

    private static async Task<WebApplication> StartHostAsync(int host)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseKestrel().UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        // The sites are static: every page is rendered once, so serving them costs the crawl as little CPU as possible.
        // A plain request delegate rather than a mapped endpoint: minimal-API endpoints compile their handlers, and
        // every compiled method left alive costs the finalizer thread work after each GC, which this run would then
        // measure as crawler time.
        var pages = new System.Collections.Concurrent.ConcurrentDictionary<string, byte[]>(StringComparer.Ordinal);
        app.Run(async context =>
        {
            // /authors/{source}/{page}
            var parts = context.Request.Path.Value?.Split('/', StringSplitOptions.RemoveEmptyEntries) ?? [];
            if (parts is not ["authors", var source, var number] || !int.TryParse(number, CultureInfo.InvariantCulture, out var page))
            {
                context.Response.StatusCode = StatusCodes.Status404NotFound;
                return;
            }

            var body = pages.GetOrAdd(source + "/" + number, _ => Encoding.UTF8.GetBytes(Listing(host, source, page)));
            context.Response.ContentType = "text/html; charset=utf-8";
            context.Response.ContentLength = body.Length;
            await context.Response.Body.WriteAsync(body);
        });
        await app.StartAsync();
        return app;
    }

    private static string Listing(int host, string source, int page)
    {
        var html = new StringBuilder($"<!doctype html><html><head><meta charset=utf-8><title>Author {source}</title></head><body>")
            .Append(CultureInfo.InvariantCulture, $"<aside><section class='facet facet-authors'><ul><li class='facet-value is-selected'><a href='/a'>Researcher{host:00}, Person{source}</a></li></ul></section></aside><main class=results>");
        for (var i = 0; i < WorksPerPage; i++)
        {
            var title = string.Create(CultureInfo.InvariantCulture, $"Work {i} of page {page} by {source}");
            html.Append(CultureInfo.InvariantCulture, $"<article class=result><h3 class=result-title><a href=\"/doc/{source}/{page}/{i}/\">{WebUtility.HtmlEncode(title)}</a></h3>")
                .Append("<p class=result-source><span class=source-name>arXiv.org</span> <span class=source-category>Machine Learning</span></p>")
                .Append("<div class=result-summary>A generated abstract long enough to look like one: we study scaling, sparsity and the rest of it in some detail.</div></article>");
        }

        if (page < PagesPerSource)
        {
            html.Append(CultureInfo.InvariantCulture, $"<nav class=pager><a rel=next href=\"/authors/{source}/{page + 1}\">Next</a></nav>");
        }

        return html.Append("</main></body></html>").ToString();
    }
}
