using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using ProfileFunctions.Crawling;
using ProfileFunctions.Queues;
using ProfileFunctions.Researchers;
using ProfileFunctions.Sources;
using ProfileFunctions.Storage;
using ProfileFunctions.Tests.Support;

namespace ProfileFunctions.Tests.Crawling;

[Collection(AzuriteTests.Name)]
public sealed class SourceCrawlerTests(AzuriteFixture azurite)
{
    private static readonly (string, string, string[])[] FedusWorks =
    [
        ("2101.03961", "Switch Transformers: Scaling to Trillion Parameter Models", ["William Fedus", "Barret Zoph", "Noam Shazeer"]),
        ("2202.08906", "ST-MoE: Designing Stable and Transferable Sparse Expert Models", ["Barret Zoph", "William Fedus"]),
    ];

    [Fact]
    public async Task Three_sources_about_one_researcher_merge_into_one_record()
    {
        await using var site = await TestSite.StartAsync();
        site.Page("/a/fedus", Pages.ArxivListing("William Fedus", FedusWorks));
        site.Page("/profile", Pages.Profile("Fedus, William", "Google Brain", ("Switch Transformers: Scaling to Trillion Parameter Models", 2022, "Profile abstract."), ("Language GANs Falling Short", 2020, "GANs.")));
        site.Page("/digest", Pages.Digest("2101.03961", "Switch Transformers: Scaling to Trillion Parameter Models", ["William Fedus", "Barret Zoph", "Noam Shazeer"], "Digest abstract."));
        await using var services = ProfileServices.Create(azurite.Settings());
        await AddAsync(services, site.Url("/a/fedus"), site.Url("/profile"), site.Url("/digest"));

        var last = await CrawlAsync(services);

        Assert.Equal(3, last!.Changed);
        var researcher = Assert.Single(await services.GetRequiredService<IResearcherStore>().ListAsync(CancellationToken.None));
        Assert.Equal("william-fedus", researcher.Slug);
        Assert.Equal("William Fedus", researcher.Name);
        Assert.Equal("Google Brain", researcher.Profile?.Affiliation);
        Assert.Equal(3, researcher.Works.Count);
        var switchTransformers = researcher.Works.Single(work => work.Work.ArxivId == "2101.03961");
        Assert.Equal(3, switchTransformers.Sources.Count);
        Assert.Equal(2021, switchTransformers.Work.Year);
        Assert.Equal("Profile abstract.", switchTransformers.Work.Abstract);
        Assert.Equal(new Collaborator("Barret Zoph", 2), researcher.Collaborators[0]);
        Assert.Contains("Machine Learning (cs.LG)", researcher.Topics);
        Assert.Equal(3, researcher.Sources.Count);
    }

    [Fact]
    public async Task Crawling_twice_with_nothing_changed_writes_only_the_crawl_state()
    {
        await using var site = await TestSite.StartAsync();
        site.Page("/a/fedus", Pages.ArxivListing("William Fedus", FedusWorks));
        await using var services = ProfileServices.Create(azurite.Settings());
        await AddAsync(services, site.Url("/a/fedus"));
        await CrawlAsync(services);
        var writes = services.GetRequiredService<StorageWriteCounter>();
        var (entities, blobs, messages) = (writes.Entities, writes.Blobs, writes.Messages);

        var report = await services.GetRequiredService<SourceCrawler>().CrawlAsync(site.Url("/a/fedus"), CancellationToken.None);

        Assert.Equal(CrawlOutcome.Unchanged, report.Outcome);
        Assert.Equal(entities + 1, writes.Entities);
        Assert.Equal(blobs, writes.Blobs);
        Assert.Equal(messages, writes.Messages);
    }

    [Fact]
    public async Task A_304_answer_to_the_stored_etag_parses_and_writes_nothing()
    {
        await using var site = await TestSite.StartAsync();
        site.Page("/a/fedus", Pages.ArxivListing("William Fedus", FedusWorks), etag: "\"v1\"");
        await using var services = ProfileServices.Create(azurite.Settings());
        await AddAsync(services, site.Url("/a/fedus"));
        await CrawlAsync(services);
        var writes = services.GetRequiredService<StorageWriteCounter>();
        var before = writes.Total;

        var report = await services.GetRequiredService<SourceCrawler>().CrawlAsync(site.Url("/a/fedus"), CancellationToken.None);

        Assert.Equal(CrawlOutcome.Unchanged, report.Outcome);
        Assert.Equal("\"v1\"", site.Requests.Last(request => request.Path == "/a/fedus").IfNoneMatch);
        Assert.Equal(before + 1, writes.Total);
        var state = await services.GetRequiredService<ICrawlStateStore>().GetAsync(site.Url("/a/fedus"), CancellationToken.None);
        Assert.Equal(304, state!.LastStatus);
        Assert.Equal(2, state.WorkCount);
    }

    [Fact]
    public async Task A_429_with_retry_after_is_retried_after_the_wait()
    {
        await using var site = await TestSite.StartAsync();
        var calls = 0;
        site.Route("/a/fedus", async context =>
        {
            if (Interlocked.Increment(ref calls) == 1)
            {
                context.Response.StatusCode = StatusCodes.Status429TooManyRequests;
                context.Response.Headers.RetryAfter = "1";
                return;
            }

            context.Response.ContentType = "text/html";
            await context.Response.WriteAsync(Pages.ArxivListing("William Fedus", FedusWorks));
        });
        await using var services = ProfileServices.Create(azurite.Settings());
        await AddAsync(services, site.Url("/a/fedus"));

        var report = await services.GetRequiredService<SourceCrawler>().CrawlAsync(site.Url("/a/fedus"), CancellationToken.None);

        Assert.Equal(CrawlOutcome.Changed, report.Outcome);
        var times = site.Requests.Where(request => request.Path == "/a/fedus").Select(request => request.At).ToArray();
        Assert.Equal(2, times.Length);
        Assert.True(times[1] - times[0] >= TimeSpan.FromMilliseconds(900), $"retried after {(times[1] - times[0]).TotalMilliseconds} ms");
    }

    [Fact]
    public async Task A_500_then_success_is_retried_and_stored()
    {
        await using var site = await TestSite.StartAsync();
        var calls = 0;
        site.Route("/a/fedus", async context =>
        {
            if (Interlocked.Increment(ref calls) <= 2)
            {
                context.Response.StatusCode = 500;
                return;
            }

            context.Response.ContentType = "text/html";
            await context.Response.WriteAsync(Pages.ArxivListing("William Fedus", FedusWorks));
        });
        await using var services = ProfileServices.Create(azurite.Settings());
        await AddAsync(services, site.Url("/a/fedus"));

        var report = await services.GetRequiredService<SourceCrawler>().CrawlAsync(site.Url("/a/fedus"), CancellationToken.None);

        Assert.Equal(CrawlOutcome.Changed, report.Outcome);
        Assert.Equal(3, site.Count("/a/fedus"));
    }

    [Fact]
    public async Task Failures_of_every_kind_change_nothing_stored_and_are_recorded()
    {
        await using var site = await TestSite.StartAsync();
        site.Page("/a/fedus", Pages.ArxivListing("William Fedus", FedusWorks));
        await using var services = ProfileServices.Create(azurite.Settings(new() { ["Crawler:MaxBodyBytes"] = "20000", ["Crawler:MaxRetries"] = "1" }));
        await AddAsync(services, site.Url("/a/fedus"));
        await CrawlAsync(services);
        var researchers = services.GetRequiredService<IResearcherStore>();
        var before = (await researchers.GetAsync("william-fedus", CancellationToken.None))!.Record;
        var crawler = services.GetRequiredService<SourceCrawler>();
        var states = services.GetRequiredService<ICrawlStateStore>();

        var failures = new (Func<HttpContext, Task> Handler, string Reason)[]
        {
            (context => { context.Response.StatusCode = 404; return Task.CompletedTask; }, "HTTP 404"),
            (context => { context.Response.StatusCode = 503; return Task.CompletedTask; }, "HTTP 503"),
            (async context => { await Task.Delay(TimeSpan.FromSeconds(5), context.RequestAborted); }, "timed out"),
            (async context => { context.Response.ContentType = "text/html"; await context.Response.WriteAsync(new string('x', 30_000)); }, "body larger than"),
            (async context => { context.Response.ContentType = "application/json"; await context.Response.WriteAsync("{}"); }, "content type application/json is not HTML"),
            (context => { context.Response.Redirect("/a/fedus"); return Task.CompletedTask; }, "redirect loop"),
            (async context => { context.Response.ContentType = "text/html"; await context.Response.WriteAsync(Pages.ArxivListing("William Fedus")); }, "lists no works where it listed 2"),
            (async context => { context.Response.ContentType = "text/html"; context.Response.ContentLength = 10_000; await context.Response.WriteAsync("<html><body>cut"); await context.Response.Body.FlushAsync(); context.Abort(); }, "truncated"),
        };

        var count = 0;
        foreach (var (handler, reason) in failures)
        {
            site.Route("/a/fedus", handler);
            var report = await crawler.CrawlAsync(site.Url("/a/fedus"), CancellationToken.None);

            Assert.Equal(CrawlOutcome.Failed, report.Outcome);
            Assert.Contains(reason, report.Reason, StringComparison.Ordinal);
            var state = await states.GetAsync(site.Url("/a/fedus"), CancellationToken.None);
            Assert.Equal(++count, state!.ConsecutiveFailures);
            Assert.Equal(reason.Length > 0 ? report.Reason : null, state.Reason);
            var after = (await researchers.GetAsync("william-fedus", CancellationToken.None))!.Record;
            Assert.Equal(before.ContentHash, after.ContentHash);
            Assert.Equal(2, after.Works.Count);
        }
    }

    [Fact]
    public async Task Robots_txt_disallow_blocks_the_page_and_crawl_delay_paces_requests()
    {
        await using var site = await TestSite.StartAsync();
        site.Page("/robots.txt", "User-agent: *\nDisallow: /private/\nCrawl-delay: 1\n\nUser-agent: OtherBot\nDisallow: /\n", contentType: "text/plain");
        site.Page("/private/fedus", Pages.ArxivListing("William Fedus", FedusWorks));
        site.Page("/t/1", Pages.TopicAuthor("Dehghani, Mostafa", "/t/2", "One", "Two"));
        site.Page("/t/2", Pages.TopicAuthor("Dehghani, Mostafa", null, "Three"));
        await using var services = ProfileServices.Create(azurite.Settings());
        await AddAsync(services, site.Url("/private/fedus"), site.Url("/t/1"));
        var crawler = services.GetRequiredService<SourceCrawler>();

        var blocked = await crawler.CrawlAsync(site.Url("/private/fedus"), CancellationToken.None);
        var paged = await crawler.CrawlAsync(site.Url("/t/1"), CancellationToken.None);

        Assert.Equal(CrawlOutcome.Blocked, blocked.Outcome);
        Assert.Equal("robots.txt disallows /private/fedus", blocked.Reason);
        Assert.Equal(0, site.Count("/private/fedus"));
        Assert.Equal(CrawlOutcome.Changed, paged.Outcome);
        var times = site.Requests.Where(request => request.Path.StartsWith("/t/", StringComparison.Ordinal)).Select(request => request.At).ToArray();
        Assert.True(times[1] - times[0] >= TimeSpan.FromMilliseconds(950), $"second page after {(times[1] - times[0]).TotalMilliseconds} ms");
        Assert.Contains("ProfileFunctionsBot/1.0 (+https://example.org/crawler)", site.Requests.First().UserAgent, StringComparison.Ordinal);
        var researcher = await services.GetRequiredService<IResearcherStore>().GetAsync("mostafa-dehghani", CancellationToken.None);
        Assert.Equal(["One", "Three", "Two"], researcher!.Record.Works.Select(work => work.Work.Title).Order());
    }

    [Fact]
    public async Task Pages_about_no_one_attach_to_known_researchers_among_their_authors()
    {
        await using var site = await TestSite.StartAsync();
        site.Page("/digest", Pages.Digest("2109.10686", "Scale Efficiently", ["Yi Tay", "Mostafa Dehghani", "William Fedus"], "Scaling."));
        site.Page("/a/fedus", Pages.ArxivListing("William Fedus", FedusWorks));
        await using var services = ProfileServices.Create(azurite.Settings());
        await AddAsync(services, site.Url("/digest"), site.Url("/a/fedus"));

        await CrawlAsync(services);

        var researchers = await services.GetRequiredService<IResearcherStore>().ListAsync(CancellationToken.None);
        var fedus = Assert.Single(researchers);
        Assert.Contains(fedus.Works, work => work.Work.ArxivId == "2109.10686");
        Assert.Contains(fedus.Collaborators, collaborator => collaborator.Name == "Mostafa Dehghani");
    }

    [Fact]
    public async Task A_message_that_keeps_failing_ends_in_the_poison_queue_with_its_reason()
    {
        await using var services = ProfileServices.Create(azurite.Settings());
        var queues = services.GetRequiredService<IWorkQueues>();
        await queues.EnqueueAsync(QueueNames.CrawlRequests, "not json", CancellationToken.None);
        await queues.EnqueueAsync(QueueNames.CrawlRequests, QueueMessages.Write(new CrawlRequestMessage("https://example.org/boom")), CancellationToken.None);
        var deliveries = 0;

        await services.GetRequiredService<QueueDrainer>().DrainAsync(QueueNames.CrawlRequests, 2, (body, _) =>
        {
            var request = QueueMessages.ReadCrawlRequest(body);
            Interlocked.Increment(ref deliveries);
            throw new InvalidOperationException($"storage unavailable while crawling {request.Url}");
        }, CancellationToken.None);

        Assert.Equal(QueueNames.MaxDequeueCount, deliveries);
        Assert.Equal(0, await queues.CountAsync(QueueNames.CrawlRequests, CancellationToken.None));
        var poison = await queues.ReceiveAsync(QueueNames.Poison(QueueNames.CrawlRequests), 10, TimeSpan.FromSeconds(30), CancellationToken.None);
        Assert.Equal(2, poison.Count);
        Assert.Contains(poison, message => message.Body.Contains("message is not valid JSON", StringComparison.Ordinal));
        Assert.Contains(poison, message => message.Body.Contains("storage unavailable while crawling https://example.org/boom", StringComparison.Ordinal));
    }

    private static async Task AddAsync(ServiceProvider services, params string[] urls)
    {
        foreach (var url in urls)
        {
            await services.GetRequiredService<SourceService>().AddAsync(new SourceRequest(url), CancellationToken.None);
        }
    }

    private static Task<CrawlProgress?> CrawlAsync(ServiceProvider services) =>
        services.GetRequiredService<CrawlRun>().RunAsync(null, force: true, workers: 2, _ => { }, CancellationToken.None);
}
