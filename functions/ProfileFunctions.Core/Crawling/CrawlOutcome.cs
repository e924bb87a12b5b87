namespace ProfileFunctions.Crawling;

/// <summary>What a crawl of a source did.</summary>
public enum CrawlOutcome
{
    /// <summary>The source's content changed and was stored.</summary>
    Changed,

    /// <summary>Nothing changed (304, or the same content): nothing was written.</summary>
    Unchanged,

    /// <summary>robots.txt forbids the page: nothing was written.</summary>
    Blocked,

    /// <summary>The fetch or the page failed: nothing was written, the reason is recorded.</summary>
    Failed,
}
