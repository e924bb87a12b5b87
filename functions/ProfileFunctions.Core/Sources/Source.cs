namespace ProfileFunctions.Sources;

/// <summary>A registered listing page the crawler fetches on a schedule.</summary>
/// <param name="Url">The page's absolute http(s) URL, as registered.</param>
/// <param name="Layout">The layout that reads it, or null to detect it on every crawl.</param>
/// <param name="Researcher">Who the page is about, for pages that do not say.</param>
/// <param name="Interval">How often to crawl it.</param>
/// <param name="AddedAt">When it was registered.</param>
public sealed record Source(string Url, string? Layout, string? Researcher, TimeSpan Interval, DateTimeOffset AddedAt)
{
    /// <summary>A storage-safe key for the URL (see <see cref="SourceKey"/>).</summary>
    public string Key => SourceKey.Of(Url);
}
