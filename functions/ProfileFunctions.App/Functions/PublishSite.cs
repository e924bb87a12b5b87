using Microsoft.Azure.Functions.Worker;
using ProfileFunctions.Publishing;

namespace ProfileFunctions.App.Functions;

/// <summary>
/// Timer (PUBLISH_SCHEDULE, every 10 minutes by default): the index pages, sitemaps, robots.txt and 404 once per
/// window, however many profiles were rendered in it. Unchanged files are not uploaded, so a quiet window costs reads only.
/// </summary>
public sealed class PublishSite(SitePublisher publisher)
{
    [Function(nameof(PublishSite))]
    public Task Run([TimerTrigger("%PUBLISH_SCHEDULE%")] TimerInfo timer, CancellationToken cancellationToken) =>
        publisher.PublishSiteAsync(cancellationToken);
}
