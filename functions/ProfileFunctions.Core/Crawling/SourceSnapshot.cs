using ProfileFunctions.Extraction.Model;

namespace ProfileFunctions.Crawling;

/// <summary>
/// The last successful reading of a source (all its pages): researchers are always derived from these, so a source
/// that changes replaces only its own contribution and a failed crawl leaves the previous snapshot in place.
/// </summary>
/// <param name="Url">The source URL.</param>
/// <param name="Layout">The layout that read it.</param>
/// <param name="Researcher">Who the source is about (the page's researcher or the source's configured one).</param>
/// <param name="Works">Works from every page, in order, duplicates across pages removed.</param>
/// <param name="Related">Related papers from every page.</param>
/// <param name="Pages">How many pages were read.</param>
/// <param name="ContentHash">Hash of the content above.</param>
/// <param name="ChangedAt">When the content last changed.</param>
public sealed record SourceSnapshot(
    string Url,
    string Layout,
    ExtractedResearcher? Researcher,
    IReadOnlyList<Work> Works,
    IReadOnlyList<RelatedPaper> Related,
    int Pages,
    string ContentHash,
    DateTimeOffset ChangedAt);
