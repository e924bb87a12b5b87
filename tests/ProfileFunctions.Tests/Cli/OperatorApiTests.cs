using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using ProfileFunctions.Cli.Hosting;
using ProfileFunctions.Operations;
using ProfileFunctions.Publishing;
using ProfileFunctions.Queues;
using ProfileFunctions.Tests.Support;

namespace ProfileFunctions.Tests.Cli;

[Collection(AzuriteTests.Name)]
public sealed class OperatorApiTests(AzuriteFixture azurite)
{
    private const string Key = "test-key-0123456789";

    [Fact]
    public async Task Every_endpoint_answers_over_http_with_the_function_key()
    {
        await using var services = ProfileServices.Create(azurite.Settings());
        await using var server = await StartAsync(services, Key);
        using var client = Client(server, Key);

        var added = await SendAsync(client, HttpMethod.Post, "api/ops/sources", """{"url": "https://example.org/people/ada", "layout": "abstract-list", "researcher": "Ada Lovelace", "every": "12h"}""");
        var recrawl = await SendAsync(client, HttpMethod.Post, "api/ops/recrawl", """{"url": "https://example.org/people/ada"}""");
        var all = await SendAsync(client, HttpMethod.Post, "api/ops/recrawl", """{"all": true}""");
        var status = await SendAsync(client, HttpMethod.Get, "api/ops/status", null);
        var render = await SendAsync(client, HttpMethod.Post, "api/ops/render", """{"all": true}""");
        var removed = await SendAsync(client, HttpMethod.Delete, "api/ops/sources", """{"url": "https://example.org/people/ada"}""");

        Assert.Equal(HttpStatusCode.Created, added.Status);
        Assert.Equal("abstract-list", added.Body["layout"]!.GetValue<string>());
        Assert.Equal(HttpStatusCode.Accepted, recrawl.Status);
        Assert.Equal("https://example.org/people/ada", recrawl.Body["queued"]![0]!.GetValue<string>());
        Assert.Equal(HttpStatusCode.Accepted, all.Status);
        Assert.Equal(HttpStatusCode.OK, status.Status);
        Assert.Equal(2, status.Body["queues"]!["crawl-requests"]!.GetValue<int>());
        Assert.Equal(0, status.Body["queues"]!["crawl-requests-poison"]!.GetValue<int>());
        Assert.Equal("https://example.org/people/ada", status.Body["sources"]![0]!["url"]!.GetValue<string>());
        Assert.Equal(HttpStatusCode.Accepted, render.Status);
        Assert.Equal(HttpStatusCode.OK, removed.Status);
        var queued = await services.GetRequiredService<IWorkQueues>().CountAsync(QueueNames.CrawlRequests, CancellationToken.None);
        Assert.Equal(2, queued);
    }

    [Theory]
    [InlineData("POST", "api/ops/recrawl", "{\"url\": \"https://evil.example/internal\"}", 404, "is not a registered source")]
    [InlineData("POST", "api/ops/recrawl", "{\"url\": ", 400, "not valid JSON")]
    [InlineData("POST", "api/ops/recrawl", "[1, 2]", 400, "must be a JSON object")]
    [InlineData("POST", "api/ops/recrawl", "{}", 400, "give one of")]
    [InlineData("POST", "api/ops/sources", "{\"url\": \"ftp://example.org\"}", 400, "is not an absolute http or https URL")]
    [InlineData("POST", "api/ops/sources", "{\"url\": \"https://example.org\", \"colour\": \"red\"}", 400, "unknown field 'colour'")]
    [InlineData("DELETE", "api/ops/sources", "{\"url\": \"https://example.org/never\"}", 404, "is not a registered source")]
    [InlineData("POST", "api/ops/render", "{\"researcher\": \"nobody\"}", 404, "no researcher 'nobody'")]
    [InlineData("GET", "api/ops/admin", null, 404, "no operator endpoint")]
    [InlineData("PUT", "api/ops/status", "{}", 405, "is not allowed")]
    public async Task Bad_requests_get_a_clear_error_and_change_nothing(string method, string path, string? body, int status, string error)
    {
        await using var services = ProfileServices.Create(azurite.Settings());
        await using var server = await StartAsync(services, Key);
        using var client = Client(server, Key);

        var response = await SendAsync(client, new HttpMethod(method), path, body);

        Assert.Equal(status, (int)response.Status);
        Assert.Contains(error, response.Body["error"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Empty(await services.GetRequiredService<ProfileFunctions.Sources.ISourceStore>().ListAsync(CancellationToken.None));
        Assert.Equal(0, await services.GetRequiredService<IWorkQueues>().CountAsync(QueueNames.CrawlRequests, CancellationToken.None));
    }

    [Theory]
    [InlineData(null, Key)]
    [InlineData(Key, null)]
    [InlineData(Key, "wrong-key")]
    public async Task A_missing_or_wrong_key_or_no_configured_key_is_401(string? configured, string? sent)
    {
        await using var services = ProfileServices.Create(azurite.Settings());
        await using var server = await StartAsync(services, configured);
        using var client = Client(server, sent);

        var response = await SendAsync(client, HttpMethod.Get, "api/ops/status", null);
        var site = await client.GetAsync("missing-page");

        Assert.Equal(HttpStatusCode.Unauthorized, response.Status);
        Assert.Equal(HttpStatusCode.NotFound, site.StatusCode);
    }

    [Fact]
    public async Task An_oversized_body_is_413()
    {
        await using var services = ProfileServices.Create(azurite.Settings());
        await using var server = await StartAsync(services, Key);
        using var client = Client(server, Key);

        var response = await SendAsync(client, HttpMethod.Post, "api/ops/sources", "{\"url\": \"" + new string('a', OperatorApi.MaxBodyBytes) + "\"}");

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.Status);
    }

    private static Task<LoopbackWebServer> StartAsync(ServiceProvider services, string? key) =>
        StaticSiteServer.StartAsync(services.GetRequiredService<ISiteStore>(), 0, CancellationToken.None, new OperatorEndpoint(services.GetRequiredService<OperatorApi>(), key));

    private static HttpClient Client(LoopbackWebServer server, string? key)
    {
        var client = new HttpClient { BaseAddress = server.Url };
        if (key is not null)
        {
            client.DefaultRequestHeaders.Add(OperatorEndpoint.KeyHeader, key);
        }

        return client;
    }

    private static async Task<(HttpStatusCode Status, JsonNode Body)> SendAsync(HttpClient client, HttpMethod method, string path, string? body)
    {
        using var request = new HttpRequestMessage(method, path);
        if (body is not null)
        {
            request.Content = new StringContent(body, Encoding.UTF8, "application/json");
        }

        using var response = await client.SendAsync(request);
        return (response.StatusCode, JsonNode.Parse(await response.Content.ReadAsStringAsync())!);
    }
}
