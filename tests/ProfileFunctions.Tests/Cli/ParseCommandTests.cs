using System.Text;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;
using ProfileFunctions.Tests.Support;

namespace ProfileFunctions.Tests.Cli;

public sealed class ParseCommandTests
{
    private static string Fixture(string relative) => Path.Combine(TestPaths.Fixtures, relative);

    [Fact]
    public async Task Parse_prints_the_expected_json_for_a_page()
    {
        var run = await CliRun.RunAsync("parse", Fixture("pages/arxiv-listing/angstrom_z_1.html"), "--base-url", "https://arxiv.org/a/angstrom_z_1");

        Assert.Equal(0, run.ExitCode);
        var expected = JsonNode.Parse(File.ReadAllText(Fixture("pages/arxiv-listing/angstrom_z_1.expected.json")))!.AsObject();
        expected.Remove("_cli");
        Assert.True(JsonNode.DeepEquals(expected, JsonNode.Parse(run.Out)), run.Out);
        Assert.StartsWith("{\n  \"layout\": \"arxiv-listing\",\n  \"researcher\": {\n    \"name\": \"Zoë Ångström-Núñez\"", run.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Skipped_rows_are_reported_as_warnings_on_stderr()
    {
        var run = await CliRun.RunAsync("parse", Fixture("pages/arxiv-listing/angstrom_z_1.html"));

        Assert.Equal(0, run.ExitCode);
        Assert.Equal(["warning: works[3] skipped: none of title, url, arxivId could be read"], run.ErrorLines);
    }

    [Fact]
    public async Task A_missing_file_is_a_one_line_error()
    {
        var run = await CliRun.RunAsync("parse", "no/such/page.html");

        Assert.Equal(1, run.ExitCode);
        Assert.Equal(["error: file not found: no/such/page.html"], run.ErrorLines);
        Assert.Empty(run.Out);
    }

    [Fact]
    public async Task A_file_that_is_not_html_is_a_one_line_error()
    {
        var run = await CliRun.RunAsync("parse", Fixture("layouts/lab-members.json"));

        Assert.Equal(1, run.ExitCode);
        Assert.Equal(["error: not an HTML page: it does not start with markup"], run.ErrorLines);
    }

    [Fact]
    public async Task An_unknown_layout_is_a_one_line_error()
    {
        var run = await CliRun.RunAsync("parse", Fixture("pages/abstract-list/empty.html"), "--layout", "nope");

        Assert.Equal(1, run.ExitCode);
        Assert.Equal(["error: unknown layout 'nope' (known: abstract-list, arxiv-listing, paper-digest, scholar-profile, scholarly-meta, topic-author)"], run.ErrorLines);
    }

    [Fact]
    public async Task A_bad_layout_file_is_a_one_line_error_with_its_path_and_reason()
    {
        var folder = Directory.CreateTempSubdirectory("layouts-");
        try
        {
            var file = Path.Combine(folder.FullName, "mine.json");
            await File.WriteAllTextAsync(file, """{"name": "mine", "detect": ".x", "works": {"items": "li", "fields": {"title": {"selector": "h3", "pattern": "("}}}}""");
            var run = await CliRun.RunAsync("parse", Fixture("pages/abstract-list/empty.html"), "--layouts", folder.FullName);

            Assert.Equal(1, run.ExitCode);
            var line = Assert.Single(run.ErrorLines);
            Assert.StartsWith($"error: bad layout {file}: works.fields.title.pattern: '(' is not a valid regular expression", line, StringComparison.Ordinal);
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    [Fact]
    public async Task A_page_no_layout_matches_is_a_one_line_error()
    {
        var folder = Directory.CreateTempSubdirectory("page-");
        try
        {
            var file = Path.Combine(folder.FullName, "hello.html");
            await File.WriteAllTextAsync(file, "<!doctype html><p>Hello</p>");
            var run = await CliRun.RunAsync("parse", file);

            Assert.Equal(1, run.ExitCode);
            Assert.StartsWith("error: no layout matches this page (tried: ", Assert.Single(run.ErrorLines), StringComparison.Ordinal);
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    [Theory]
    [InlineData(new[] { "parse" }, "error: missing <file|url>")]
    [InlineData(new[] { "parse", "a.html", "--colour", "red" }, "error: unknown option --colour")]
    [InlineData(new[] { "parse", "a.html", "--base-url", "not-a-url" }, "error: --base-url must be an absolute http(s) URL, got 'not-a-url'")]
    [InlineData(new[] { "frobnicate" }, "error: unknown command 'frobnicate'")]
    public async Task Usage_errors_exit_with_code_2(string[] args, string expectedStart)
    {
        var run = await CliRun.RunAsync(args);

        Assert.Equal(2, run.ExitCode);
        Assert.StartsWith(expectedStart, run.ErrorLines[0], StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_url_is_fetched_and_its_header_charset_decodes_it()
    {
        var windows1252 = CodePagesEncodingProvider.Instance.GetEncoding(1252)!;
        await using var server = await LocalHttpServer.StartAsync(async context =>
        {
            context.Response.ContentType = "text/html; charset=windows-1252";
            await context.Response.Body.WriteAsync(windows1252.GetBytes(
                "<meta charset=utf-8><section class=facet-authors><ul><li class='facet-value is-selected'><a>Núñez, José</a></li></ul></section>"
                + "<article class=result><h3 class=result-title><a href='/doc/1'>Café “quoted”</a></h3></article>"));
        });

        var run = await CliRun.RunAsync("parse", server.Url("/authors?page=1").ToString());

        Assert.Equal(0, run.ExitCode);
        var page = JsonNode.Parse(run.Out)!;
        Assert.Equal("José Núñez", page["researcher"]!["name"]!.GetValue<string>());
        Assert.Equal("Café “quoted”", page["works"]![0]!["title"]!.GetValue<string>());
        Assert.Equal(server.Url("/doc/1").ToString(), page["works"]![0]!["url"]!.GetValue<string>());
    }

    [Fact]
    public async Task A_url_that_answers_an_error_status_is_a_one_line_error()
    {
        await using var server = await LocalHttpServer.StartAsync(context =>
        {
            context.Response.StatusCode = StatusCodes.Status404NotFound;
            return Task.CompletedTask;
        });

        var run = await CliRun.RunAsync("parse", server.Url("/missing").ToString());

        Assert.Equal(1, run.ExitCode);
        Assert.Equal([$"error: GET {server.Url("/missing")} answered 404 Not Found"], run.ErrorLines);
    }

    [Fact]
    public async Task A_url_that_is_not_html_is_a_one_line_error()
    {
        await using var server = await LocalHttpServer.StartAsync(async context =>
        {
            context.Response.ContentType = "application/json";
            await context.Response.WriteAsync("{}", Encoding.UTF8);
        });

        var run = await CliRun.RunAsync("parse", server.Url("/data.json").ToString());

        Assert.Equal(1, run.ExitCode);
        Assert.Equal([$"error: not an HTML page: {server.Url("/data.json")} is application/json"], run.ErrorLines);
    }
}
