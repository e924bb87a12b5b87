namespace ProfileFunctions.Rendering;

/// <summary>
/// What the shared <c>_head</c> template writes for every page (title, description, canonical URL, robots, Open
/// Graph, stylesheet, JSON-LD). Templates read it as <c>page.*</c>, its members in snake_case.
/// </summary>
internal sealed record PageHead(
    string OgType,
    string Title,
    string Description,
    string? Canonical,
    string Robots,
    string SiteName,
    string Home,
    string Index,
    string Stylesheet,
    TrustedHtml? JsonLd);
