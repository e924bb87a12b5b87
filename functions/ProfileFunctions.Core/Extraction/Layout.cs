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
    /// <summary>Every selector the layout reads from the whole page, for one indexed walk per page.</summary>
    public IEnumerable<ISelector> DocumentSelectors =>
        Rules(Researcher?.Name, Next)
            .Concat(Researcher is null ? [] : Researcher.Profile.Values.Concat(Researcher.Trust.Values).SelectMany(spec => Rules(spec)))
            .Concat(new[] { Researcher?.Counts?.Items, Works?.Items, Related?.Items }.OfType<ISelector>());

    /// <summary>Every selector the layout reads from a work row.</summary>
    public SelectorIndex? WorkRowIndex { get; } = Works is null ? null : new(Works.Fields.Values.SelectMany(spec => Rules(spec)));

    /// <summary>Every selector the layout reads from a related-paper row.</summary>
    public SelectorIndex? RelatedRowIndex { get; } = Related is null ? null : new(Related.Fields.Values.SelectMany(spec => Rules(spec)));

    private static IEnumerable<ISelector> Rules(params FieldSpec?[] specs) =>
        specs.OfType<FieldSpec>().SelectMany(spec => spec.Rules).Select(rule => rule.Selector).OfType<ISelector>();
}
