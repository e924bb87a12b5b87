using Microsoft.Azure.Functions.Worker;
using ProfileFunctions.Crawling;

namespace ProfileFunctions.App.Functions;

/// <summary>Timer (CRAWL_SCHEDULE, every 6 hours by default): one crawl-requests message per due source.</summary>
public sealed class ScheduleCrawls(CrawlScheduler scheduler)
{
    [Function(nameof(ScheduleCrawls))]
    public Task Run([TimerTrigger("%CRAWL_SCHEDULE%")] TimerInfo timer, CancellationToken cancellationToken) =>
        scheduler.EnqueueDueAsync(only: null, force: false, cancellationToken);
}
