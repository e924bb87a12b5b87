namespace ProfileFunctions.Crawling;

/// <summary>How a fetch ended.</summary>
public enum FetchStatus
{
    /// <summary>The page came back whole.</summary>
    Fetched,

    /// <summary>The server answered 304 to a conditional request: nothing to parse.</summary>
    NotModified,

    /// <summary>robots.txt forbids the page (or could not be read).</summary>
    Blocked,

    /// <summary>No usable page: the reason says why.</summary>
    Failed,
}
