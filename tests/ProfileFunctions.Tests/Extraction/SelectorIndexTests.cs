using AngleSharp.Css.Dom;
using AngleSharp.Css.Parser;
using AngleSharp.Html.Parser;
using ProfileFunctions.Extraction;
using ProfileFunctions.Tests.Support;

namespace ProfileFunctions.Tests.Extraction;

public sealed class SelectorIndexTests
{
    private static readonly string[] Selectors =
    [
        ".work-title", "li.work-item", ".work-list > .work-item, li.work-item", "dl#articles > dt", "#dlpage > h1, #content h1",
        "a[title=Abstract][href], a[href*='/abs/']", "time[datetime]", ".paper-facts > li", "meta[name=citation_title]",
        "*", "[rel~=next]", ":not(.x) > a", "li:first-child", "h1, h2, h3", "a.publication-link[href]", "div.meta .list-title",
        ".chip.chip-role", "body", "#no-such-id", ".Work-Title",
    ];

    public static TheoryData<string> Pages() => new(
        Directory.EnumerateFiles(Path.Combine(TestPaths.Fixtures, "pages"), "*.html", SearchOption.AllDirectories).Order(StringComparer.Ordinal));

    [Theory]
    [MemberData(nameof(Pages))]
    public void An_indexed_walk_finds_exactly_what_each_selector_matches(string page)
    {
        var document = new HtmlParser().ParseDocument(File.ReadAllText(page));
        var parser = new CssSelectorParser();
        var selectors = Selectors.Select(text => parser.ParseSelector(text)!).ToArray();
        var root = document.DocumentElement;

        var found = new SelectorIndex(selectors).Walk(root);

        foreach (var selector in selectors)
        {
            var expected = selector.MatchAll([root], root).ToArray();
            var actual = found.TryGetValue(selector, out var list) ? list.ToArray() : [];
            Assert.True(expected.SequenceEqual(actual), $"{selector.Text}: expected {expected.Length}, found {actual.Length}");
        }
    }
}
