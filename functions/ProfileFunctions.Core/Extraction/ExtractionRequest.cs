namespace ProfileFunctions.Extraction;

/// <summary>How to read one page.</summary>
/// <param name="DocumentUrl">Where the page came from (an http(s) URL or a file URL); links resolve against it.</param>
/// <param name="ContentType">The HTTP <c>Content-Type</c>, whose charset wins over the page's own declaration.</param>
/// <param name="Layout">A layout name, or null to detect it from the page.</param>
/// <param name="BaseUrl">Overrides the URL links resolve against (the page's <c>&lt;base&gt;</c> and its own URL).</param>
/// <param name="Researcher">The researcher the page is about, for pages that do not name one.</param>
public sealed record ExtractionRequest(
    Uri? DocumentUrl,
    string? ContentType = null,
    string? Layout = null,
    Uri? BaseUrl = null,
    string? Researcher = null);
