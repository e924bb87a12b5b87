using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using ProfileFunctions.Extraction;
using ProfileFunctions.Extraction.Model;
using ProfileFunctions.Researchers;
using ProfileFunctions.Serialization;
using ProfileFunctions.Sources;

namespace ProfileFunctions.Crawling;

/// <summary>
/// Crawls one source: fetches its pages (following rel="next" on the same host), extracts them, and replaces the
/// source's snapshot, then brings every researcher it mentions (now or before) up to date. A failed, blocked,
/// non-HTML, oversized or truncated fetch, an unreadable page, or a page that suddenly lists nothing changes
/// nothing stored: the outcome and reason go on the crawl state. Re-running it with nothing changed writes nothing
/// but the crawl state.
/// </summary>
public sealed partial class SourceCrawler(
    ISourceStore sources,
    ICrawlStateStore states,
    ISnapshotStore snapshots,
    IMentionStore mentions,
    ResearcherUpdater researchers,
    IPageFetcher fetcher,
    PageExtractor extractor,
    IOptions<CrawlerOptions> options,
    TimeProvider time,
    ILogger<SourceCrawler> logger)
{
    private static readonly TimeSpan FirstRetry = TimeSpan.FromMinutes(5);

    /// <summary>Crawls a registered source; a URL that is not registered is reported, not fetched.</summary>
    public async Task<CrawlReport> CrawlAsync(string url, CancellationToken cancellationToken)
    {
        var source = await sources.FindAsync(url, cancellationToken);
        if (source is null)
        {
            LogUnknownSource(url);
            return new CrawlReport(url, CrawlOutcome.Failed, "not a registered source", 0, 0, 0);
        }

        var now = time.GetUtcNow();
        var state = (await states.GetAsync(source.Url, cancellationToken) ?? CrawlState.New(source.Url, now)) with { LastAttemptAt = now, QueuedAt = null };
        var pages = new List<PageExtraction>();
        var visited = new HashSet<string>(StringComparer.Ordinal);
        var origin = new Uri(source.Url);
        FetchResult? first = null;
        for (Uri? next = origin; next is not null && pages.Count < options.Value.MaxPages; )
        {
            visited.Add(next.AbsoluteUri);
            var isFirst = pages.Count == 0;
            var result = await fetcher.FetchAsync(isFirst ? new FetchRequest(next, state.ETag, state.LastModified) : new FetchRequest(next), cancellationToken);
            first ??= result;
            var where = isFirst ? string.Empty : $"page {pages.Count + 1} ({next}): ";
            switch (result.Status)
            {
                case FetchStatus.NotModified:
                    return await FinishAsync(source, state with { LastStatus = result.HttpStatus }, CrawlOutcome.Unchanged, null, cancellationToken);
                case FetchStatus.Blocked:
                    return await FinishAsync(source, state with { LastStatus = first.HttpStatus }, CrawlOutcome.Blocked, where + result.Reason, cancellationToken);
                case FetchStatus.Failed:
                    return await FinishAsync(source, state with { LastStatus = first.HttpStatus ?? result.HttpStatus }, CrawlOutcome.Failed, where + result.Reason, cancellationToken);
            }

            PageExtraction page;
            try
            {
                page = extractor.Extract(result.Content, new ExtractionRequest(result.Url, result.ContentType, source.Layout, Researcher: source.Researcher));
            }
            catch (ExtractionException ex)
            {
                return await FinishAsync(source, state with { LastStatus = first.HttpStatus }, CrawlOutcome.Failed, where + ex.Message, cancellationToken);
            }

            foreach (var warning in page.Warnings)
            {
                LogPageWarning(source.Url, warning);
            }

            pages.Add(page);
            next = page.Next is { } link && Uri.TryCreate(link, UriKind.Absolute, out var nextUrl)
                && string.Equals(nextUrl.Host, origin.Host, StringComparison.OrdinalIgnoreCase) && !visited.Contains(nextUrl.AbsoluteUri)
                ? nextUrl
                : null;
        }

        state = state with { LastStatus = first!.HttpStatus, ETag = first.ETag, LastModified = first.LastModified };
        return await StoreAsync(source, state, pages, cancellationToken);
    }

    private async Task<CrawlReport> StoreAsync(Source source, CrawlState state, List<PageExtraction> pages, CancellationToken cancellationToken)
    {
        var researcher = pages[0].Researcher;
        var works = pages.SelectMany(page => page.Works).DistinctBy(WorkIdentity.KeyOf).ToArray();
        var related = pages.SelectMany(page => page.Related).DistinctBy(paper => paper.Url ?? paper.Title).ToArray();
        var about = researcher is null ? null : ResearcherSlug.From(researcher.Name);

        // The empty-page guard: a listing that suddenly lists nothing (or stops naming its researcher) is far more
        // likely a broken page than a researcher who lost everything; keep what we have.
        if (works.Length == 0 && state.WorkCount > 0)
        {
            return await FinishAsync(source, state, CrawlOutcome.Failed, $"the page lists no works where it listed {state.WorkCount}; stored data kept", cancellationToken);
        }

        if (about is null && state.About is not null)
        {
            return await FinishAsync(source, state, CrawlOutcome.Failed, "the page no longer names its researcher; stored data kept", cancellationToken);
        }

        var now = time.GetUtcNow();
        var content = new SourceSnapshot(source.Url, pages[0].Layout, researcher, works, related, pages.Count, string.Empty, DateTimeOffset.UnixEpoch);
        var hash = ContentHash.Of(content, ProfileJsonContext.Default.SourceSnapshot);
        // The state takes the hash only once the snapshot and researchers are written, so an equal hash is the whole
        // answer. The snapshot is read only to finish a run that stopped after saving it; a source never stored has none.
        if (state.ContentHash == hash)
        {
            return await FinishAsync(source, state, CrawlOutcome.Unchanged, null, cancellationToken);
        }

        var stored = state.ContentHash is null ? null : await snapshots.GetAsync(source.Url, cancellationToken);

        // A snapshot already stored with this hash means an earlier run stopped before updating researchers: finish it.
        var snapshot = stored?.ContentHash == hash ? stored : content with { ContentHash = hash, ChangedAt = now };
        if (!ReferenceEquals(snapshot, stored))
        {
            await snapshots.SaveAsync(snapshot, cancellationToken);
        }

        var mentioned = about is not null
            ? new[] { new Mention(about, source.Url, Mention.About) }
            : works.SelectMany(work => work.Authors).Select(ResearcherSlug.From).Where(slug => slug.Length > 0).Distinct(StringComparer.Ordinal)
                .Select(slug => new Mention(slug, source.Url, Mention.Author)).ToArray();
        await mentions.ReplaceAsync(source.Url, mentioned, state.Mentions, cancellationToken);

        var changed = 0;
        foreach (var slug in mentioned.Select(mention => mention.Slug).Union(state.Mentions, StringComparer.Ordinal).Order(StringComparer.Ordinal))
        {
            if (await researchers.UpdateAsync(slug, snapshot, cancellationToken))
            {
                changed++;
            }
        }

        state = state with
        {
            WorkCount = works.Length,
            Pages = pages.Count,
            About = about,
            Mentions = mentioned.Select(mention => mention.Slug).ToArray(),
            ContentHash = hash,
            ChangedAt = snapshot.ChangedAt,
        };
        var report = await FinishAsync(source, state, CrawlOutcome.Changed, null, cancellationToken);
        return report with { ResearchersChanged = changed };
    }

    private async Task<CrawlReport> FinishAsync(Source source, CrawlState state, CrawlOutcome outcome, string? reason, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var failed = outcome == CrawlOutcome.Failed;
        var failures = failed ? state.ConsecutiveFailures + 1 : 0;

        // Failures back off (5 min, 10, 20, ...) but never wait longer than the source's own interval.
        var wait = failed ? TimeSpan.FromTicks(Math.Min(source.Interval.Ticks, FirstRetry.Ticks << Math.Min(failures - 1, 20))) : source.Interval;
        await states.SaveAsync(state with { LastOutcome = outcome, Reason = reason, ConsecutiveFailures = failures, NextDueAt = now + wait }, cancellationToken);
        LogCrawled(source.Url, outcome, reason ?? string.Empty);
        return new CrawlReport(source.Url, outcome, reason, state.Pages, state.WorkCount, 0);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Crawled {SourceUrl}: {Outcome} {Reason}")]
    private partial void LogCrawled(string sourceUrl, CrawlOutcome outcome, string reason);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Source {SourceUrl}: {Warning}")]
    private partial void LogPageWarning(string sourceUrl, string warning);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Crawl request for {SourceUrl}, which is not a registered source; ignored")]
    private partial void LogUnknownSource(string sourceUrl);
}
