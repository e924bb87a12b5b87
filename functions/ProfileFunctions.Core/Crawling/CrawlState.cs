namespace ProfileFunctions.Crawling;

/// <summary>Everything known about a source's crawls: the last outcome, when the next is due, and the validators.</summary>
/// <param name="Url">The source.</param>
/// <param name="LastAttemptAt">When it was last crawled.</param>
/// <param name="LastStatus">The HTTP status of the first page at that crawl.</param>
/// <param name="LastOutcome">What that crawl did.</param>
/// <param name="Reason">Why it failed or was blocked.</param>
/// <param name="ConsecutiveFailures">Failures since the last success; they back the next attempt off.</param>
/// <param name="NextDueAt">When the next crawl is due.</param>
/// <param name="ETag">Validator of the first page, for a conditional GET.</param>
/// <param name="LastModified">The other validator.</param>
/// <param name="WorkCount">Works the last successful crawl found (the empty-page guard compares with it).</param>
/// <param name="Pages">Pages the last successful crawl read.</param>
/// <param name="About">Slug of the researcher the source is about, if any (a page that stops naming them is a failure).</param>
/// <param name="Mentions">Slugs of the researchers the source contributed to at its last successful crawl.</param>
/// <param name="ContentHash">Hash of the last snapshot whose researchers were all brought up to date.</param>
/// <param name="ChangedAt">When the source's content last changed.</param>
/// <param name="QueuedAt">When a crawl request was last queued, so the scheduler does not queue it twice.</param>
public sealed record CrawlState(
    string Url,
    DateTimeOffset? LastAttemptAt,
    int? LastStatus,
    CrawlOutcome? LastOutcome,
    string? Reason,
    int ConsecutiveFailures,
    DateTimeOffset NextDueAt,
    string? ETag,
    string? LastModified,
    int WorkCount,
    int Pages,
    string? About,
    IReadOnlyList<string> Mentions,
    string? ContentHash,
    DateTimeOffset? ChangedAt,
    DateTimeOffset? QueuedAt)
{
    /// <summary>The state of a source never crawled: due now.</summary>
    public static CrawlState New(string url, DateTimeOffset now) =>
        new(url, null, null, null, null, 0, now, null, null, 0, 0, null, [], null, null, null);
}
