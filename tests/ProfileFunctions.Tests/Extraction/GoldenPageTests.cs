using System.Text.Json;
using System.Text.Json.Nodes;
using ProfileFunctions.Extraction;
using ProfileFunctions.Tests.Support;

namespace ProfileFunctions.Tests.Extraction;

/// <summary>
/// Every <c>NAME.html</c> beside a <c>NAME.expected.json</c>, in the shared samples and in our own fixtures, parses to
/// exactly that JSON. Adding a case means adding two files; <c>_cli</c> in the expected file gives the options.
/// </summary>
public sealed class GoldenPageTests
{
    public static TheoryData<string> Pages() => new(ExpectedFiles());

    private static IEnumerable<string> ExpectedFiles()
    {
        var roots = new[] { TestPaths.SharedSamples, Path.Combine(TestPaths.Fixtures, "pages") }.OfType<string>();
        return roots.SelectMany(root => Directory.EnumerateFiles(root, "*.expected.json", SearchOption.AllDirectories)).Order(StringComparer.Ordinal);
    }

    [Fact]
    public void The_golden_set_includes_every_layout()
    {
        var layouts = ExpectedFiles().Select(path => Path.GetFileName(Path.GetDirectoryName(path)!)).ToHashSet();
        Assert.Superset(new HashSet<string> { "scholar-profile", "topic-author", "abstract-list", "paper-digest", "arxiv-listing", "scholarly-meta" }, layouts);
    }

    [Theory]
    [MemberData(nameof(Pages))]
    public void Page_parses_to_its_expected_json(string expectedPath)
    {
        var expected = JsonNode.Parse(File.ReadAllText(expectedPath))!.AsObject();
        var cli = expected["_cli"]?.AsObject() ?? [];
        expected.Remove("_cli");
        var htmlPath = expectedPath[..^".expected.json".Length] + ".html";

        var catalog = cli["layouts"] is { } layouts ? LayoutCatalog.WithDirectory(Path.Combine(TestPaths.Fixtures, layouts.GetValue<string>())) : LayoutCatalog.BuiltIn();
        var request = new ExtractionRequest(
            DocumentUrl: cli["documentUrl"] is { } documentUrl ? new Uri(documentUrl.GetValue<string>()) : new Uri(htmlPath),
            Layout: cli["layout"]?.GetValue<string>(),
            BaseUrl: cli["baseUrl"] is { } baseUrl ? new Uri(baseUrl.GetValue<string>()) : null,
            Researcher: cli["researcher"]?.GetValue<string>());

        var page = new PageExtractor(catalog).Extract(File.ReadAllBytes(htmlPath), request);
        var actual = JsonNode.Parse(ExtractionJson.ToJson(page))!;

        if (!JsonNode.DeepEquals(expected, actual))
        {
            var options = new JsonSerializerOptions { WriteIndented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
            Assert.Equal(expected.ToJsonString(options), actual.ToJsonString(options));
        }
    }
}
