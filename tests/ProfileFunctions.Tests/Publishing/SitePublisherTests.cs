using System.Xml.Linq;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using ProfileFunctions.Cli.Hosting;
using ProfileFunctions.Crawling;
using ProfileFunctions.Publishing;
using ProfileFunctions.Sources;
using ProfileFunctions.Tests.Support;

namespace ProfileFunctions.Tests.Publishing;

[Collection(AzuriteTests.Name)]
public sealed class SitePublisherTests(AzuriteFixture azurite)
{
    [Fact]
    public async Task Publishing_writes_pages_sitemap_and_robots_and_an_unchanged_site_uploads_nothing()
    {
        await using var site = await TestSite.StartAsync();
        site.Page("/a/fedus", Pages.ArxivListing("William Fedus", ("2101.03961", "Switch Transformers", ["William Fedus", "Barret Zoph"])));
        site.Page("/t/1", Pages.TopicAuthor("Zoph, Barret", null, "Switch Transformers"));
        await using var services = ProfileServices.Create(azurite.Settings(new() { ["Site:BaseUrl"] = "https://profiles.example/", ["Site:SitemapChunkSize"] = "2" }));
        var sources = services.GetRequiredService<SourceService>();
        await sources.AddAsync(new SourceRequest(site.Url("/a/fedus")), CancellationToken.None);
        await sources.AddAsync(new SourceRequest(site.Url("/t/1")), CancellationToken.None);
        await services.GetRequiredService<CrawlRun>().RunAsync(null, true, 2, _ => { }, CancellationToken.None);
        var publisher = services.GetRequiredService<SitePublisher>();
        var store = services.GetRequiredService<ISiteStore>();

        var first = await publisher.PublishQueuedAsync(2, CancellationToken.None);
        var again = await publisher.PublishAllAsync(CancellationToken.None);

        Assert.True(first.Uploaded >= 8, $"uploaded {first.Uploaded}");
        Assert.Equal(0, again.Uploaded);
        var page = await store.GetAsync("researchers/william-fedus/index.html", CancellationToken.None);
        Assert.Equal("text/html; charset=utf-8", page!.ContentType);
        Assert.Contains("max-age", page.CacheControl, StringComparison.Ordinal);
        Assert.Contains("<a href=\"/researchers/barret-zoph/\">Barret Zoph</a>", System.Text.Encoding.UTF8.GetString(page.Content), StringComparison.Ordinal);
        var robots = System.Text.Encoding.UTF8.GetString((await store.GetAsync("robots.txt", CancellationToken.None))!.Content);
        Assert.Contains("Sitemap: https://profiles.example/sitemap.xml", robots, StringComparison.Ordinal);

        // Four URLs (home, index, two profiles) in chunks of two: a sitemap index of two chunks, lastmod = content change.
        var index = XDocument.Parse(System.Text.Encoding.UTF8.GetString((await store.GetAsync("sitemap.xml", CancellationToken.None))!.Content));
        Assert.Equal("sitemapindex", index.Root!.Name.LocalName);
        Assert.Equal(2, index.Root.Elements().Count());
        var chunk = XDocument.Parse(System.Text.Encoding.UTF8.GetString((await store.GetAsync("sitemaps/sitemap-2.xml", CancellationToken.None))!.Content));
        var fedus = await services.GetRequiredService<ProfileFunctions.Researchers.IResearcherStore>().GetAsync("william-fedus", CancellationToken.None);
        var entry = chunk.Root!.Elements().Single(url => url.Elements().First().Value == "https://profiles.example/researchers/william-fedus/");
        Assert.Equal(fedus!.Record.ChangedAt.ToUniversalTime().ToString("yyyy-MM-ddTHH:mm:ssZ", System.Globalization.CultureInfo.InvariantCulture), entry.Elements().Last().Value);

        // A researcher who disappears loses their page and sitemap entry.
        await sources.RemoveAsync(site.Url("/t/1"), CancellationToken.None);
        var removal = await publisher.PublishQueuedAsync(2, CancellationToken.None);
        Assert.True(removal.Deleted >= 1);
        Assert.Null(await store.GetAsync("researchers/barret-zoph/index.html", CancellationToken.None));
        var sitemap = System.Text.Encoding.UTF8.GetString((await store.GetAsync("sitemap.xml", CancellationToken.None))!.Content);
        Assert.DoesNotContain("barret-zoph", sitemap, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Serving_the_site_behaves_like_the_azure_static_website()
    {
        await using var services = ProfileServices.Create(azurite.Settings());
        var store = services.GetRequiredService<ISiteStore>();
        await store.PutAsync("researchers/ada/index.html", new SiteFile("<p>ada</p>"u8.ToArray(), "text/html; charset=utf-8", "public, max-age=300"), null, CancellationToken.None);
        await store.PutAsync("404.html", new SiteFile("<p>missing</p>"u8.ToArray(), "text/html; charset=utf-8", null), null, CancellationToken.None);
        await using var server = await StaticSiteServer.StartAsync(store, 0, CancellationToken.None);
        using var client = new HttpClient { BaseAddress = server.Url };

        var folder = await client.GetAsync("researchers/ada/");
        var noSlash = await client.GetAsync("researchers/ada");
        var missing = await client.GetAsync("researchers/nobody/");

        Assert.Equal(200, (int)folder.StatusCode);
        Assert.Equal("text/html; charset=utf-8", folder.Content.Headers.ContentType!.ToString());
        Assert.Equal("public, max-age=300", folder.Headers.CacheControl!.ToString());
        Assert.Equal("<p>ada</p>", await noSlash.Content.ReadAsStringAsync());
        Assert.Equal(StatusCodes.Status404NotFound, (int)missing.StatusCode);
        Assert.Equal("<p>missing</p>", await missing.Content.ReadAsStringAsync());
    }
}
