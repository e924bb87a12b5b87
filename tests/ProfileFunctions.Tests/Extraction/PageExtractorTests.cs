using ProfileFunctions.Extraction;
using ProfileFunctions.Tests.Support;

namespace ProfileFunctions.Tests.Extraction;

public sealed class PageExtractorTests
{
    private static readonly PageExtractor Extractor = new(LayoutCatalog.BuiltIn());
    private static readonly Uri PageUrl = new("https://site.example/people/x/");

    [Theory]
    [InlineData("<dl id=articles><dt><a href='/abs/2101.00001' title=Abstract>x</a></dt><dd><div class=list-title>T</div></dd></dl>", "arxiv-listing")]
    [InlineData("<meta name=citation_title content=T><p>x</p>", "scholarly-meta")]
    [InlineData("<script type='application/ld+json'>{\"@type\":\"ScholarlyArticle\",\"name\":\"T\"}</script>", "scholarly-meta")]
    [InlineData("<main class=researcher-page><h1 class=researcher-name>A B</h1></main>", "scholar-profile")]
    [InlineData("<section class=facet-authors></section><article class=result><h3 class=result-title>T</h3></article>", "topic-author")]
    [InlineData("<ul class=publication-list><li class=publication><a class=publication-link href='https://arxiv.org/abs/2101.00001'></a><p class=publication-abstract>A</ul>", "abstract-list")]
    [InlineData("<main class=paper><h1 class=paper-heading>T</h1><ul class=paper-facts><li>URL: x</ul></main>", "paper-digest")]
    public void The_layout_is_detected_from_the_page_signature(string html, string layout) =>
        Assert.Equal(layout, Extractor.Extract(html, new ExtractionRequest(PageUrl)).Layout);

    [Fact]
    public void A_listing_page_with_citation_tags_is_still_read_as_the_listing()
    {
        var html = "<meta name=citation_title content=T><dl id=articles><dt><a href='/abs/2101.00001' title=Abstract>x</a></dt><dd><div class=list-title>T</div></dd></dl>";
        Assert.Equal("arxiv-listing", Extractor.Extract(html, new ExtractionRequest(PageUrl)).Layout);
    }

    [Fact]
    public void An_unknown_page_is_an_error_naming_the_layouts_tried()
    {
        var error = Assert.Throws<ExtractionException>(() => Extractor.Extract("<html><body><p>Hello</p></body></html>", new ExtractionRequest(PageUrl)));
        Assert.StartsWith("no layout matches this page (tried: arxiv-listing, paper-digest, scholar-profile, topic-author, abstract-list, scholarly-meta)", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unknown_layout_name_is_an_error_listing_the_known_ones()
    {
        var error = Assert.Throws<ExtractionException>(() => Extractor.Extract("<p>x</p>", new ExtractionRequest(PageUrl, Layout: "nope")));
        Assert.StartsWith("unknown layout 'nope' (known: abstract-list, arxiv-listing", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("{\"not\": \"html\"}")]
    [InlineData("plain text")]
    [InlineData("")]
    public void Content_that_is_not_html_is_rejected(string content)
    {
        var error = Assert.Throws<ExtractionException>(() => Extractor.Extract(content, new ExtractionRequest(PageUrl)));
        Assert.Equal("not an HTML page: it does not start with markup", error.Message);
    }

    [Fact]
    public void Binary_content_is_rejected()
    {
        byte[] png = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D];
        Assert.Throws<ExtractionException>(() => Extractor.Extract(png, new ExtractionRequest(PageUrl)));
    }

    [Fact]
    public void Text_that_looks_like_markup_stays_text()
    {
        var html = "<ul class=publication-list><li class=publication><a class=publication-link href='https://arxiv.org/abs/2101.00001'></a>"
            + "<p class=publication-abstract><span class=label>Abstract:</span>&lt;img src=x onerror=alert(1)&gt; &amp;amp; <b>bold</b></ul>";
        var work = Assert.Single(Extractor.Extract(html, new ExtractionRequest(PageUrl, Layout: "abstract-list")).Works);
        Assert.Equal("<img src=x onerror=alert(1)> &amp; bold", work.Abstract);
    }

    [Fact]
    public void Links_resolve_against_the_pages_base_element_then_its_url()
    {
        var html = "<head><base href='/library/'></head><ul class=publication-list><li class=publication><a class=publication-link href='paper/1'></a><p class=publication-abstract>A</ul>";
        var work = Assert.Single(Extractor.Extract(html, new ExtractionRequest(PageUrl, Layout: "abstract-list")).Works);
        Assert.Equal("https://site.example/library/paper/1", work.Url);
    }

    [Fact]
    public void The_base_url_option_overrides_the_page_url()
    {
        var html = "<ul class=publication-list><li class=publication><a class=publication-link href='/paper/1'></a><p class=publication-abstract>A</ul>";
        var work = Assert.Single(Extractor.Extract(html, new ExtractionRequest(PageUrl, Layout: "abstract-list", BaseUrl: new Uri("https://other.example/a/b"))).Works);
        Assert.Equal("https://other.example/paper/1", work.Url);
    }

    [Fact]
    public void The_researcher_option_names_pages_that_name_no_one()
    {
        var html = "<ul class=publication-list><li class=publication><a class=publication-link href='/p'></a><p class=publication-abstract>A</ul>";
        var page = Extractor.Extract(html, new ExtractionRequest(PageUrl, Layout: "abstract-list", Researcher: "  Elsen,  Erich "));
        Assert.Equal("Erich Elsen", page.Researcher?.Name);
        Assert.Null(page.Researcher?.Profile);
    }

    [Fact]
    public void A_page_that_names_its_researcher_keeps_that_name()
    {
        var html = "<section class=facet-authors><ul><li class='facet-value is-selected'><a>Dehghani, Mostafa</a></li></ul></section><article class=result><h3 class=result-title>T</h3></article>";
        var page = Extractor.Extract(html, new ExtractionRequest(PageUrl, Researcher: "Someone Else"));
        Assert.Equal("Mostafa Dehghani", page.Researcher?.Name);
    }

    [Fact]
    public void Rows_that_cannot_be_read_are_skipped_with_a_warning()
    {
        var html = "<section class=facet-authors></section>"
            + "<article class=result><h3 class=result-title><a href='/doc/1'>One</a></h3></article>"
            + "<article class=result><p>no title, no link</p></article>"
            + "<article class=result><h3 class=result-title>Three</h3>";
        var page = Extractor.Extract(html, new ExtractionRequest(PageUrl));
        Assert.Equal(["One", "Three"], page.Works.Select(work => work.Title));
        Assert.Contains("works[2] skipped: none of title, url, arxivId could be read", page.Warnings);
        Assert.Contains("researcher: the page names no researcher; pass --researcher to say who it is about", page.Warnings);
    }

    [Fact]
    public void A_profile_page_without_trust_or_counts_reports_them_as_null()
    {
        var html = "<main class=researcher-page><h1 class=researcher-name>Ada Lovelace</h1><span class='chip chip-affiliation'>Not available</span></main>";
        var profile = Extractor.Extract(html, new ExtractionRequest(PageUrl)).Researcher?.Profile;
        Assert.NotNull(profile);
        Assert.Null(profile.Affiliation);
        Assert.Null(profile.Trust);
        Assert.Null(profile.Counts);
        Assert.False(profile.OpenToCollaborate);
        Assert.Empty(profile.Roles);
    }

    [Theory]
    [InlineData("Affiliation not imported")]
    [InlineData("No affiliation listed")]
    [InlineData("N/A")]
    [InlineData("—")]
    public void Placeholder_text_reads_as_absent(string placeholder)
    {
        var html = $"<main class=researcher-page><h1 class=researcher-name>Ada Lovelace</h1><span class='chip chip-affiliation'>{placeholder}</span></main>";
        Assert.Null(Extractor.Extract(html, new ExtractionRequest(PageUrl)).Researcher?.Profile?.Affiliation);
    }

    [Fact]
    public void A_broken_json_ld_block_is_a_warning_not_a_crash()
    {
        var html = "<meta name=citation_title content='Title'><script type='application/ld+json'>{broken</script>";
        var page = Extractor.Extract(html, new ExtractionRequest(PageUrl));
        Assert.Equal("Title", Assert.Single(page.Works).Title);
        Assert.Single(page.Warnings, warning => warning.StartsWith("JSON-LD block skipped", StringComparison.Ordinal));
    }

    [Fact]
    public void An_operator_layout_wins_detection_over_built_in_layouts()
    {
        var catalog = LayoutCatalog.WithDirectory(Path.Combine(TestPaths.Fixtures, "layouts"));
        var html = "<body class=lab-member><h1 class=member>Publications of Ada Lovelace</h1><table class=pubs><tr class=pub><td class=title>Notes</td></tr></table><dl id=articles></dl></body>";
        var page = new PageExtractor(catalog).Extract(html, new ExtractionRequest(PageUrl));
        Assert.Equal("lab-members", page.Layout);
        Assert.Equal("Ada Lovelace", page.Researcher?.Name);
        Assert.Equal("Unpublished", Assert.Single(page.Works).Venue);
    }

    [Fact]
    public void The_sample_pages_parse_without_warnings()
    {
        if (TestPaths.SharedSamples is not { } samples)
        {
            return;
        }

        foreach (var html in Directory.EnumerateFiles(samples, "*.html", SearchOption.AllDirectories))
        {
            var page = Extractor.Extract(File.ReadAllBytes(html), new ExtractionRequest(new Uri(html), Researcher: "Someone"));
            Assert.Empty(page.Warnings);
            Assert.NotEmpty(page.Works);
        }
    }
}
