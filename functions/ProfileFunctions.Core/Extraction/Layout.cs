using AngleSharp.Css.Dom;

namespace ProfileFunctions.Extraction;

/// <summary>
/// A named way of reading one kind of listing page, compiled from a layout JSON document: the signature that
/// detects the page and the selectors that read its researcher, works, related papers and next page. A layout
/// may name a code <see cref="Reader"/> for what selectors cannot say (Highwire tags, JSON-LD).
/// </summary>
internal sealed record Layout(
    string Name,
    string? Description,
    int Priority,
    IReadOnlyList<ISelector> Detect,
    IReadOnlyList<string> DetectJsonLdTypes,
    string? Reader,
    ResearcherSpec? Researcher,
    ItemsSpec? Works,
    ItemsSpec? Related,
    FieldSpec? Next)
{
    /// <summary>Whether the page carries this layout's signature.</summary>
    public bool Matches(PageContext context)
    {
        var root = context.Document.DocumentElement;
        foreach (var selector in Detect)
        {
            if (selector.MatchAny([root], null) is not null)
            {
                return true;
            }
        }

        return DetectJsonLdTypes.Count > 0 && context.JsonLd.Any(node => DetectJsonLdTypes.Any(node.HasType));
    }
}
