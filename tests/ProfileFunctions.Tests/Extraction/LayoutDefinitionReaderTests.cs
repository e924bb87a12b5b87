using ProfileFunctions.Extraction;

namespace ProfileFunctions.Tests.Extraction;

public sealed class LayoutDefinitionReaderTests
{
    private static readonly LayoutDefinitionReader Reader = new(["scholarly-meta"]);

    [Theory]
    [InlineData("{\n  \"name\": ", "line 2: not valid JSON")]
    [InlineData("[]", "$: expected an object")]
    [InlineData("""{"detect": "x", "works": {"items": "li", "fields": {}}}""", "name: required")]
    [InlineData("""{"name": "Bad Name", "detect": "x", "works": {"items": "li", "fields": {}}}""", "name: 'Bad Name' is not a layout name")]
    [InlineData("""{"name": "a", "works": {"items": "li", "fields": {}}}""", "detect: a layout needs at least one detection selector")]
    [InlineData("""{"name": "a", "detect": "div[", "works": {"items": "li", "fields": {}}}""", "detect[0]: 'div[' is not a valid CSS selector")]
    [InlineData("""{"name": "a", "detect": "x"}""", "works: a layout needs either 'works' or a 'reader'")]
    [InlineData("""{"name": "a", "detect": "x", "reader": "nope"}""", "reader: unknown reader 'nope'")]
    [InlineData("""{"name": "a", "detect": "x", "works": {"items": "li", "fields": {"titel": "h3"}}}""", "works.fields.titel: unknown key")]
    [InlineData("""{"name": "a", "detect": "x", "works": {"items": "li", "fields": {"title": {"selector": "h3", "transforms": ["upside-down"]}}}}""", "works.fields.title.transforms: unknown transform 'upside-down'")]
    [InlineData("""{"name": "a", "detect": "x", "works": {"items": "li", "fields": {"title": {"selector": "h3", "pattern": "(unclosed"}}}}""", "works.fields.title.pattern: '(unclosed' is not a valid regular expression")]
    [InlineData("""{"name": "a", "detect": "x", "works": {"items": "li", "fields": {"title": [{"selector": "h3"}, {"label": "Title"}]}}}""", "works.fields.title[1]: a field needs a 'selector'")]
    [InlineData("""{"name": "a", "detect": "x", "works": {"items": "li", "fields": {}}, "colour": "red"}""", "colour: unknown key")]
    public void Invalid_layouts_are_rejected_with_the_json_path_and_reason(string json, string expectedMessage)
    {
        var error = Assert.Throws<LayoutDefinitionException>(() => Reader.Read(json, 100));
        Assert.StartsWith(expectedMessage, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_valid_layout_compiles_with_the_default_priority_and_next_link()
    {
        var layout = Reader.Read("""{"name": "mine", "detect": ".mine", "works": {"items": "li", "fields": {"title": "h3"}}}""", 100);
        Assert.Equal("mine", layout.Name);
        Assert.Equal(100, layout.Priority);
        Assert.NotNull(layout.Next);
        Assert.Equal(["title", "url", "arxivId"], layout.Works!.Required);
    }

    [Fact]
    public void Built_in_layouts_cover_the_six_page_kinds()
    {
        var names = LayoutCatalog.BuiltIn().Names.Order(StringComparer.Ordinal);
        Assert.Equal(["abstract-list", "arxiv-listing", "paper-digest", "scholar-profile", "scholarly-meta", "topic-author"], names);
    }

    [Fact]
    public void A_bad_layout_file_in_a_folder_is_reported_with_its_path()
    {
        var folder = Directory.CreateTempSubdirectory("layouts-");
        try
        {
            var file = Path.Combine(folder.FullName, "broken.json");
            File.WriteAllText(file, """{"name": "broken", "detect": "x", "works": {"items": "li[", "fields": {}}}""");
            var error = Assert.Throws<ExtractionException>(() => LayoutCatalog.WithDirectory(folder.FullName));
            Assert.Equal($"bad layout {file}: works.items: 'li[' is not a valid CSS selector", error.Message);
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    [Fact]
    public void A_missing_layouts_folder_is_an_error()
    {
        var error = Assert.Throws<ExtractionException>(() => LayoutCatalog.WithDirectory("/no/such/folder"));
        Assert.Equal("layouts folder not found: /no/such/folder", error.Message);
    }
}
