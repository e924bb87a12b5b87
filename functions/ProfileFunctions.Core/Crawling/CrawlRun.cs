using ProfileFunctions.Queues;

namespace ProfileFunctions.Crawling;

/// <summary>
/// A whole crawl as <c>profiles crawl</c> runs it: the due-sources step, then the crawl queue drained by a few
/// workers, each message handled exactly as the <c>CrawlSource</c> function handles it in Azure.
/// </summary>
public sealed class CrawlRun(CrawlScheduler scheduler, SourceCrawler crawler, QueueDrainer drainer)
{
    public async Task<CrawlProgress?> RunAsync(string? only, bool force, int workers, Action<CrawlProgress> progress, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(progress);
        var queued = await scheduler.EnqueueDueAsync(only, force, cancellationToken);
        var total = queued.Count;
        int done = 0, changed = 0, unchanged = 0, failed = 0;
        CrawlProgress? last = null;
        var gate = new object();
        await drainer.DrainAsync(QueueNames.CrawlRequests, workers, async (body, token) =>
        {
            var report = await crawler.CrawlAsync(QueueMessages.ReadCrawlRequest(body).Url, token);
            lock (gate)
            {
                done++;
                total = Math.Max(total, done);
                switch (report.Outcome)
                {
                    case CrawlOutcome.Changed:
                        changed++;
                        break;
                    case CrawlOutcome.Unchanged:
                        unchanged++;
                        break;
                    default:
                        failed++;
                        break;
                }

                last = new CrawlProgress(done, total, changed, unchanged, failed, report);
                progress(last);
            }
        }, cancellationToken);
        return last;
    }
}
