using Microsoft.Extensions.Logging;
using ProfileFunctions.Queues;
using ProfileFunctions.Sources;

namespace ProfileFunctions.Crawling;

/// <summary>
/// The due-sources step: one <c>crawl-requests</c> message per source whose next crawl is due (the timer function
/// and <c>profiles crawl</c> both run it). A source already queued within the hour is not queued again.
/// </summary>
public sealed partial class CrawlScheduler(ISourceStore sources, ICrawlStateStore states, IWorkQueues queues, TimeProvider time, ILogger<CrawlScheduler> logger)
{
    private static readonly TimeSpan QueuedGrace = TimeSpan.FromHours(1);

    /// <summary>Queues due sources (all registered ones with <paramref name="force"/>, or only <paramref name="only"/>); returns the URLs queued.</summary>
    public async Task<IReadOnlyList<string>> EnqueueDueAsync(string? only, bool force, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var registered = await sources.ListAsync(cancellationToken);
        if (only is not null)
        {
            var key = SourceKey.Of(only);
            registered = registered.Where(source => source.Key == key).ToArray();
            if (registered.Count == 0)
            {
                throw new InvalidSourceException($"'{only}' is not a registered source");
            }
        }

        var stateByUrl = (await states.ListAsync(cancellationToken)).ToDictionary(state => SourceKey.Of(state.Url), StringComparer.Ordinal);
        var queued = new List<string>();
        foreach (var source in registered)
        {
            var state = stateByUrl.GetValueOrDefault(source.Key) ?? CrawlState.New(source.Url, now);
            var due = force || only is not null || state.NextDueAt <= now;
            var alreadyQueued = state.QueuedAt is { } at && now - at < QueuedGrace;
            if (!due || (alreadyQueued && !force && only is null))
            {
                continue;
            }

            await queues.EnqueueAsync(QueueNames.CrawlRequests, QueueMessages.Write(new CrawlRequestMessage(source.Url)), cancellationToken);
            await states.SaveAsync(state with { QueuedAt = now }, cancellationToken);
            queued.Add(source.Url);
        }

        LogQueued(queued.Count, registered.Count);
        return queued;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Queued {Queued} of {Registered} sources for crawling")]
    private partial void LogQueued(int queued, int registered);
}
