namespace ProfileFunctions.Extraction.Model;

/// <summary>A paper a digest page lists as related to its main work.</summary>
public sealed record RelatedPaper(
    string? Title,
    string? Url,
    double? Score,
    string? Date,
    IReadOnlyList<string> Summary);
