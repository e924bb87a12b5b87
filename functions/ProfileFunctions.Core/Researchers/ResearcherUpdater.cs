using Microsoft.Extensions.Logging;
using ProfileFunctions.Crawling;
using ProfileFunctions.Queues;

namespace ProfileFunctions.Researchers;

/// <summary>
/// Rebuilds one researcher from the snapshots that mention them and writes it only when its content changed, then
/// asks for their page to be rendered. Two crawls touching the same researcher meet on the stored version (ETag):
/// the loser rebuilds from the newer state.
/// </summary>
public sealed partial class ResearcherUpdater(
    IMentionStore mentions,
    ISnapshotStore snapshots,
    IResearcherStore researchers,
    IWorkQueues queues,
    TimeProvider time,
    ILogger<ResearcherUpdater> logger)
{
    private const int MaxAttempts = 5;

    /// <summary>Brings the stored researcher up to date; true when it was written or removed.</summary>
    public Task<bool> UpdateAsync(string slug, CancellationToken cancellationToken) => UpdateAsync(slug, null, cancellationToken);

    /// <summary>As <see cref="UpdateAsync(string, CancellationToken)"/>, with a snapshot the caller has just stored (not read back).</summary>
    public async Task<bool> UpdateAsync(string slug, SourceSnapshot? fresh, CancellationToken cancellationToken)
    {
        for (var attempt = 1; attempt <= MaxAttempts; attempt++)
        {
            var stored = await researchers.GetAsync(slug, cancellationToken);
            var mentioned = await mentions.ListAsync(slug, cancellationToken);
            if (!mentioned.Any(mention => mention.Role == Mention.About))
            {
                // No source is about them (any more): a co-author, not a researcher.
                if (stored is null || !await researchers.RemoveAsync(slug, cancellationToken))
                {
                    return false;
                }

                LogRemoved(slug);
                await RequestRenderAsync(slug, cancellationToken);
                return true;
            }

            var contributions = new List<Contribution>();
            foreach (var mention in mentioned)
            {
                var snapshot = fresh is not null && fresh.Url == mention.SourceUrl ? fresh : await snapshots.GetAsync(mention.SourceUrl, cancellationToken);
                if (snapshot is not null)
                {
                    contributions.Add(new Contribution(snapshot, mention.Role));
                }
            }

            var record = ResearcherMerger.Merge(slug, contributions, stored?.Record, time.GetUtcNow());
            if (stored?.Record.ContentHash == record.ContentHash)
            {
                return false;
            }

            if (await researchers.SaveAsync(record, stored, cancellationToken))
            {
                LogWritten(slug, record.Works.Count, record.ContentHash);
                await RequestRenderAsync(slug, cancellationToken);
                return true;
            }

            LogConflict(slug, attempt);
        }

        throw new InvalidOperationException($"researcher {slug} kept changing under {MaxAttempts} attempts to update it");
    }

    private Task RequestRenderAsync(string slug, CancellationToken cancellationToken) =>
        queues.EnqueueAsync(QueueNames.RenderRequests, QueueMessages.Write(new RenderRequestMessage(slug)), cancellationToken);

    [LoggerMessage(Level = LogLevel.Information, Message = "Researcher {Slug} written with {WorkCount} works (content {ContentHash})")]
    private partial void LogWritten(string slug, int workCount, string contentHash);

    [LoggerMessage(Level = LogLevel.Information, Message = "Researcher {Slug} removed: no source is about them")]
    private partial void LogRemoved(string slug);

    [LoggerMessage(Level = LogLevel.Information, Message = "Researcher {Slug} changed under update attempt {Attempt}; rebuilding")]
    private partial void LogConflict(string slug, int attempt);
}
