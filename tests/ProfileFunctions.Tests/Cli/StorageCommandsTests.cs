using System.Text.Json.Nodes;
using ProfileFunctions.Tests.Support;

namespace ProfileFunctions.Tests.Cli;

[Collection(AzuriteTests.Name)]
public sealed class StorageCommandsTests(AzuriteFixture azurite)
{
    [Fact]
    public async Task Import_crawl_and_researchers_json_work_end_to_end()
    {
        await using var site = await TestSite.StartAsync();
        site.Page("/a/fedus", Pages.ArxivListing("William Fedus", ("2101.03961", "Switch Transformers", ["William Fedus", "Noam Shazeer"])));
        site.Page("/profile", Pages.Profile("William Fedus", "Google Brain", ("Switch Transformers", 2022, "Sparse.")));
        var settings = azurite.Settings();
        var file = Path.GetTempFileName();
        await File.WriteAllTextAsync(file, $$"""[{"url": "{{site.Url("/a/fedus")}}"}, {"url": "{{site.Url("/profile")}}", "layout": "scholar-profile", "every": "12h"}]""");

        var import = await CliRun.RunWithAsync(settings, "sources", "import", file);
        var crawl = await CliRun.RunWithAsync(settings, "crawl");
        var researchers = await CliRun.RunWithAsync(settings, "researchers", "--json");
        var status = await CliRun.RunWithAsync(settings, "status", "--json");
        File.Delete(file);

        Assert.Equal("imported 2 sources\n", import.Out);
        Assert.Equal(0, crawl.ExitCode);
        Assert.StartsWith("crawled 2 sources: 2 changed, 0 unchanged, 0 failed or blocked", crawl.Out, StringComparison.Ordinal);
        Assert.Contains("[2/2] changed", crawl.Error, StringComparison.Ordinal);
        var researcher = Assert.Single(JsonNode.Parse(researchers.Out)!.AsArray())!;
        Assert.Equal("william-fedus", researcher["slug"]!.GetValue<string>());
        var work = Assert.Single(researcher["works"]!.AsArray())!;
        Assert.Equal("2101.03961", work["arxivId"]!.GetValue<string>());
        Assert.Equal(2, work["sources"]!.AsArray().Count);
        Assert.Equal("Noam Shazeer", researcher["collaborators"]![0]!["name"]!.GetValue<string>());
        Assert.Equal(2, JsonNode.Parse(status.Out)!.AsArray().Count(row => row!["lastOutcome"]!.GetValue<string>() == "changed"));

        var again = await CliRun.RunWithAsync(settings, "crawl");
        Assert.Equal("nothing to crawl: no source is due (use --force to crawl them all)\n", again.Out);
    }

    [Theory]
    [InlineData(new[] { "sources", "add", "ftp://example.org/x" }, "error: 'ftp://example.org/x' is not an absolute http or https URL")]
    [InlineData(new[] { "sources", "add", "https://example.org/x", "--layout", "nope" }, "error: unknown layout 'nope' (known: auto, abstract-list")]
    [InlineData(new[] { "sources", "add", "https://example.org/x", "--every", "soon" }, "error: 'soon' is not an interval")]
    [InlineData(new[] { "sources", "add", "https://example.org/x", "--every", "1m" }, "error: interval 1m is outside 5m to 52w1d")]
    [InlineData(new[] { "sources", "remove", "https://example.org/never-added" }, "error: 'https://example.org/never-added' is not a registered source")]
    [InlineData(new[] { "crawl", "--source", "https://example.org/never-added" }, "error: 'https://example.org/never-added' is not a registered source")]
    public async Task Invalid_source_requests_are_one_line_errors_and_store_nothing(string[] args, string expected)
    {
        var settings = azurite.Settings();

        var run = await CliRun.RunWithAsync(settings, args);
        var list = await CliRun.RunWithAsync(settings, "sources", "list");

        Assert.Equal(1, run.ExitCode);
        Assert.StartsWith(expected, Assert.Single(run.ErrorLines), StringComparison.Ordinal);
        Assert.Empty(list.Out);
    }

    [Theory]
    [InlineData("{\"url\": \"https://example.org\"}", "error: not a JSON array of sources")]
    [InlineData("[]", "error: the file holds no sources")]
    [InlineData("[{\"url\": \"https://example.org/a\"}, {\"url\": \"mailto:x@example.org\"}]", "error: source 2: 'mailto:x@example.org' is not an absolute http or https URL")]
    [InlineData("[{\"url\": \"https://example.org/a\"}, {\"url\": \"https://example.org/a\"}]", "error: source 2: https://example.org/a is already source 1")]
    [InlineData("[{\"url\": \"https://example.org/a\", \"colour\": \"red\"}]", "error: not a JSON array of sources")]
    public async Task A_bad_import_file_stores_none_of_its_sources(string json, string expected)
    {
        var settings = azurite.Settings();
        var file = Path.GetTempFileName();
        await File.WriteAllTextAsync(file, json);

        var run = await CliRun.RunWithAsync(settings, "sources", "import", file);
        var list = await CliRun.RunWithAsync(settings, "sources", "list");
        File.Delete(file);

        Assert.Equal(1, run.ExitCode);
        Assert.StartsWith(expected, Assert.Single(run.ErrorLines), StringComparison.Ordinal);
        Assert.Empty(list.Out);
    }

    [Fact]
    public async Task Sources_can_be_added_updated_listed_and_removed()
    {
        var settings = azurite.Settings();

        var add = await CliRun.RunWithAsync(settings, "sources", "add", "https://example.org/people/ada#top", "--researcher", "Lovelace, Ada", "--every", "1d12h");
        var update = await CliRun.RunWithAsync(settings, "sources", "add", "https://example.org/people/ada", "--layout", "abstract-list");
        var list = await CliRun.RunWithAsync(settings, "sources", "list", "--json");
        var remove = await CliRun.RunWithAsync(settings, "sources", "remove", "https://example.org/people/ada");
        var after = await CliRun.RunWithAsync(settings, "sources", "list");

        Assert.Equal("registered https://example.org/people/ada (layout auto, every 1d12h, about Ada Lovelace)\n", add.Out);
        Assert.Equal("registered https://example.org/people/ada (layout abstract-list, every 1d)\n", update.Out);
        var source = Assert.Single(JsonNode.Parse(list.Out)!.AsArray())!;
        Assert.Equal("abstract-list", source["layout"]!.GetValue<string>());
        Assert.Equal("removed https://example.org/people/ada\n", remove.Out);
        Assert.Empty(after.Out);
    }
}
