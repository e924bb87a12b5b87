namespace ProfileFunctions.Extraction.Model;

/// <summary>Everything one listing page says: who it is about, its works, related papers and the next page.</summary>
/// <param name="Layout">Name of the layout that read the page.</param>
/// <param name="Researcher">The person the page is about, or null when it names none.</param>
/// <param name="Works">Works in page order.</param>
/// <param name="Related">Related papers (digest pages).</param>
/// <param name="Next">Absolute URL of the next page of the listing.</param>
/// <param name="Warnings">Rows skipped or values that could not be read; never part of the JSON contract.</param>
public sealed record PageExtraction(
    string Layout,
    ExtractedResearcher? Researcher,
    IReadOnlyList<Work> Works,
    IReadOnlyList<RelatedPaper> Related,
    string? Next,
    IReadOnlyList<string> Warnings);
