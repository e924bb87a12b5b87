namespace ProfileFunctions.Extraction.Model;

/// <summary>A scholarly work as one source lists it. Every field but the lists may be absent.</summary>
/// <param name="Title">The title as plain text (TeX and markup-like text kept verbatim).</param>
/// <param name="Abstract">The abstract as plain text.</param>
/// <param name="Year">The publication year.</param>
/// <param name="Venue">Journal, conference or repository.</param>
/// <param name="Type">Kind of work as the source names it (for example <c>preprint</c>).</param>
/// <param name="Url">Absolute link to the work.</param>
/// <param name="ArxivId">arXiv identifier without version.</param>
/// <param name="Authors">Author names, "First Last".</param>
/// <param name="Date">Publication date, <c>yyyy-MM-dd</c>.</param>
/// <param name="License">License URL or name.</param>
/// <param name="Subjects">Subjects or categories.</param>
public sealed record Work(
    string? Title,
    string? Abstract,
    int? Year,
    string? Venue,
    string? Type,
    string? Url,
    string? ArxivId,
    IReadOnlyList<string> Authors,
    string? Date,
    string? License,
    IReadOnlyList<string> Subjects);
