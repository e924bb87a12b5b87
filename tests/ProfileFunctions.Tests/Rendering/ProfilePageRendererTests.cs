using System.Text.Json;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using Microsoft.Extensions.Options;
using ProfileFunctions.Extraction.Model;
using ProfileFunctions.Rendering;
using ProfileFunctions.Researchers;
using ProfileFunctions.Tests.Support;

namespace ProfileFunctions.Tests.Rendering;

public sealed class ProfilePageRendererTests
{
    private const string Payload = "<script>alert(1)</script><img src=x onerror=alert(2)>\"'><a href=\"javascript:alert(3)\">x</a></script><!--";

    private static readonly IOptions<SiteOptions> Site = Options.Create(new SiteOptions { BaseUrl = new Uri("https://profiles.example/"), SiteName = "Profiles" });
    private static readonly TemplateSet Templates = new(Path.Combine(TestPaths.RepositoryRoot, "templates"));
    private static readonly ProfilePageRenderer Renderer = new(Templates, Site, new SiteAssets(Templates));

    [Fact]
    public void No_element_or_attribute_comes_from_scraped_data()
    {
        var benign = Parse(Renderer.Render(Record("Plain"), new HashSet<string>()));
        var hostile = Parse(Renderer.Render(Record(Payload), new HashSet<string>()));

        Assert.Equal(Structure(benign), Structure(hostile));
        Assert.Single(hostile.QuerySelectorAll("script"));
        Assert.DoesNotContain(hostile.QuerySelectorAll("*").SelectMany(element => element.Attributes), attribute => attribute.Name.StartsWith("on", StringComparison.Ordinal));
        Assert.DoesNotContain(hostile.QuerySelectorAll("a[href]"), link => link.GetAttribute("href")!.StartsWith("javascript", StringComparison.OrdinalIgnoreCase));
        Assert.Contains(Payload, hostile.QuerySelector("h1")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void Json_ld_cannot_be_closed_by_data_and_carries_it_as_plain_text()
    {
        var page = Parse(Renderer.Render(Record(Payload), new HashSet<string>()));
        var script = Assert.Single(page.QuerySelectorAll("script[type='application/ld+json']"));

        using var json = JsonDocument.Parse(script.TextContent);
        Assert.Equal("ProfilePage", json.RootElement.GetProperty("@type").GetString());
        Assert.Equal(Payload + " Zoë", json.RootElement.GetProperty("mainEntity").GetProperty("name").GetString());
        Assert.Equal("ScholarlyArticle", json.RootElement.GetProperty("hasPart")[0].GetProperty("@type").GetString());
        Assert.DoesNotContain("</script", script.TextContent, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void The_page_has_its_seo_metadata()
    {
        var html = Renderer.Render(Record("Ada"), new HashSet<string> { "li-wei" });
        var page = Parse(html);

        Assert.Equal("Ada Zoë (Lab & Co) · Profiles", page.Title);
        Assert.Equal("https://profiles.example/researchers/ada-zoe/", page.QuerySelector("link[rel=canonical]")!.GetAttribute("href"));
        Assert.Equal("profile", page.QuerySelector("meta[property='og:type']")!.GetAttribute("content"));
        Assert.Equal("index,follow", page.QuerySelector("meta[name=robots]")!.GetAttribute("content"));
        Assert.NotNull(page.QuerySelector("meta[name='twitter:card']"));
        Assert.Single(page.QuerySelectorAll("h1"));
        Assert.Equal("/researchers/li-wei/", page.QuerySelector(".authors a")!.GetAttribute("href"));
        Assert.Equal("Λ-Routing ℓ₁", page.QuerySelector(".work h4")!.TextContent);
        Assert.NotNull(page.QuerySelector("svg[role=img] title"));
        Assert.Equal(html, Renderer.Render(Record("Ada"), new HashSet<string> { "li-wei" }));
    }

    [Fact]
    public void A_profile_without_works_is_not_indexed()
    {
        var page = Parse(Renderer.Render(Record("Ada") with { Works = [] }, new HashSet<string>()));

        Assert.Equal("noindex,follow", page.QuerySelector("meta[name=robots]")!.GetAttribute("content"));
    }

    [Fact]
    public void Authors_are_listed_in_order_and_linked_only_when_the_site_has_their_profile()
    {
        var page = Parse(Renderer.Render(Record("Ada"), new HashSet<string> { "li-wei" }));
        var authors = page.QuerySelector(".work .authors")!;

        Assert.Equal("Ada Zoë, Li Wei", authors.TextContent);
        var link = Assert.Single(authors.QuerySelectorAll("a"));
        Assert.Equal(("Li Wei", "/researchers/li-wei/"), (link.TextContent, link.GetAttribute("href")));
    }

    [Fact]
    public void Works_are_grouped_by_year_newest_first_and_the_chart_caption_counts_them()
    {
        var works = Enumerable.Range(0, 120).Select(i => Record("Ada").Works[0] with
        {
            Key = $"w{i}",
            Work = Record("Ada").Works[0].Work with { Title = $"Work {i} $\\alpha$", Year = 2024 - i / 40, ArxivId = null, Url = null },
        }).ToArray();
        var page = Parse(Renderer.Render(Record("Ada") with { Works = works }, new HashSet<string>()));

        Assert.Equal(["2024", "2023", "2022"], page.QuerySelectorAll("h3.year").Select(heading => heading.TextContent).ToArray());
        Assert.Equal(120, page.QuerySelectorAll("li.work").Length);
        Assert.Equal("Works per year: 2022: 40, 2023: 40, 2024: 40.", page.QuerySelector("figcaption")!.TextContent);
        using var json = JsonDocument.Parse(page.QuerySelector("script[type='application/ld+json']")!.TextContent);
        var parts = json.RootElement.GetProperty("hasPart");
        Assert.Equal(120, parts.GetArrayLength());
        Assert.Equal("Work 119 α", parts[119].GetProperty("headline").GetString());
    }

    private static ResearcherRecord Record(string text)
    {
        var work = new Work($"$\\Lambda$-Routing $\\ell_1${(text == "Ada" ? string.Empty : " " + text)}", text, 2024, text, text, "https://arxiv.org/abs/2403.01234", "2403.01234", [text + " Zoë", "Li Wei"], "2024-03-02", text, [text]);
        return new ResearcherRecord(
            Slug: "ada-zoe",
            Name: text + " Zoë",
            AlternateNames: [text + " Z."],
            Profile: new ResearcherProfile(text, text == "Ada" ? "Lab & Co" : text, [text], true, new TrustSnapshot(5, text, 1, false), new ProfileCounts(1, 2, 3, 4), [text]),
            Works: [new MergedWork("arxiv:2403.01234", work, ["https://example.org/a"])],
            Related: [new RelatedPaper(text, "https://example.org/r", 1.5, "2024-01-01", [text])],
            Collaborators: [new Collaborator(text, 2)],
            Topics: [text],
            Sources: [new SourceReference("https://example.org/a", "arxiv-listing", "about", DateTimeOffset.Parse("2026-01-02T03:04:05Z", System.Globalization.CultureInfo.InvariantCulture))],
            ContentHash: "h",
            ChangedAt: DateTimeOffset.Parse("2026-01-02T03:04:05Z", System.Globalization.CultureInfo.InvariantCulture));
    }

    private static IDocument Parse(byte[] html) => new HtmlParser().ParseDocument(System.Text.Encoding.UTF8.GetString(html));

    // Tag names and attribute names in document order: what the markup is, whatever the text says.
    private static string[] Structure(IDocument document) =>
        document.QuerySelectorAll("*").Select(element => element.LocalName + "[" + string.Join(",", element.Attributes.Select(a => a.Name)) + "]").ToArray();
}
