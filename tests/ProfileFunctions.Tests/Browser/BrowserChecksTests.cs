using System.Net;
using System.Net.Sockets;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using ProfileFunctions.Cli.Hosting;
using ProfileFunctions.Crawling;
using ProfileFunctions.Publishing;
using ProfileFunctions.Sources;
using ProfileFunctions.Tests.Support;

namespace ProfileFunctions.Tests.Browser;

/// <summary>
/// The demo site checked the way a person (and a search engine) would: headless Chromium at 375 and 1280 px (no
/// horizontal overflow, no axe-core violations), the Nu HTML Checker (no errors), and Lighthouse on a profile page
/// (SEO 100, accessibility at least 95). test.sh installs Chromium and the npm tools when they are missing.
/// </summary>
[Collection(AzuriteTests.Name)]
public sealed class BrowserChecksTests(AzuriteFixture azurite)
{
    private static readonly string[] Pages = ["researchers/zoe-angstrom-nunez/", "researchers/ada-quint/", "researchers/", string.Empty, "no-such-page/"];
    private static readonly string Chromium = Environment.GetEnvironmentVariable("CHROME_PATH") ?? "/usr/bin/chromium";

    [Fact]
    public async Task The_published_demo_site_passes_layout_accessibility_html_and_lighthouse_checks()
    {
        var root = TestPaths.RepositoryRoot;
        Assert.True(File.Exists(Chromium), $"Chromium not found at {Chromium}: run ./test.sh, which installs it");
        Assert.True(Directory.Exists(Path.Combine(root, "node_modules", "playwright-core")), "npm tools missing: run ./test.sh (npm ci)");
        var port = FreePort();
        await using var services = ProfileServices.Create(azurite.Settings(new() { ["Site:BaseUrl"] = $"http://127.0.0.1:{port}/" }));
        await using var sites = await DemoSiteServer.StartAsync(Path.Combine(root, "demo"), CancellationToken.None);
        await sites.RegisterSourcesAsync(services.GetRequiredService<SourceService>(), CancellationToken.None);
        await services.GetRequiredService<CrawlRun>().RunAsync(null, true, 4, _ => { }, CancellationToken.None);
        var store = services.GetRequiredService<ISiteStore>();
        await services.GetRequiredService<SitePublisher>().PublishQueuedAsync(4, CancellationToken.None);
        await using var server = await StaticSiteServer.StartAsync(store, port, CancellationToken.None);

        // Layout and axe-core in Chromium, at phone and desktop widths.
        var screenshot = Path.Combine(Path.GetTempPath(), $"profile-{Guid.NewGuid():N}.png");
        var browser = await ExternalProcess.RunAsync("node", ["tests/browser/check-pages.mjs", server.Url.AbsoluteUri, screenshot, .. Pages], TimeSpan.FromMinutes(3));
        Assert.True(browser.ExitCode == 0, browser.Error);
        foreach (var result in JsonNode.Parse(browser.Out)!.AsArray())
        {
            var where = $"{result!["path"]} at {result["width"]} px";
            Assert.True(result["overflow"]!["scrollWidth"]!.GetValue<int>() <= result["overflow"]!["clientWidth"]!.GetValue<int>(), $"{where} overflows: {result["overflow"]}");
            Assert.True(result["violations"]!.AsArray().Count == 0, $"{where}: axe violations {result["violations"]}");
        }

        Assert.True(new FileInfo(screenshot).Length > 10_000);

        // The Nu HTML Checker on every HTML file of the site.
        var folder = Directory.CreateTempSubdirectory("site-");
        foreach (var path in (await store.ListHashesAsync(string.Empty, CancellationToken.None)).Keys.Where(path => path.EndsWith(".html", StringComparison.Ordinal)))
        {
            var file = Path.Combine(folder.FullName, path.Replace('/', '_'));
            await File.WriteAllBytesAsync(file, (await store.GetAsync(path, CancellationToken.None))!.Content);
        }

        var vnu = await ExternalProcess.RunAsync("java", ["-jar", "node_modules/vnu-jar/build/dist/vnu.jar", "--errors-only", .. Directory.GetFiles(folder.FullName)], TimeSpan.FromMinutes(3));
        Assert.True(vnu.ExitCode == 0, vnu.Error + vnu.Out);
        folder.Delete(recursive: true);

        // Lighthouse on a profile page.
        var report = Path.Combine(Path.GetTempPath(), $"lighthouse-{Guid.NewGuid():N}.json");
        var flags = "--headless --no-sandbox --disable-gpu --disable-quic --no-first-run --disable-background-networking --disable-component-update --disable-sync --user-data-dir=" + Path.Combine(Path.GetTempPath(), "lh-" + Guid.NewGuid().ToString("N"));
        var lighthouse = await ExternalProcess.RunAsync("node", ["node_modules/lighthouse/cli/index.js", server.Url + "researchers/zoe-angstrom-nunez/", "--only-categories=seo,accessibility", "--output=json", $"--output-path={report}", "--quiet", $"--chrome-flags={flags}"],
            TimeSpan.FromMinutes(3), new Dictionary<string, string> { ["CHROME_PATH"] = Chromium });
        Assert.True(lighthouse.ExitCode == 0, lighthouse.Error);
        var categories = JsonNode.Parse(await File.ReadAllTextAsync(report))!["categories"]!;
        Assert.Equal(1.0, categories["seo"]!["score"]!.GetValue<double>());
        Assert.True(categories["accessibility"]!["score"]!.GetValue<double>() >= 0.95, $"accessibility {categories["accessibility"]!["score"]}");
        File.Delete(report);
        File.Delete(screenshot);
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
