namespace ProfileFunctions.Rendering;

/// <summary>
/// Markup the renderer itself produced (an included template, JSON-LD it serialised, an SVG chart it drew): the only
/// values templates write unescaped. Scraped data never becomes one.
/// </summary>
public sealed record TrustedHtml(string Html);
