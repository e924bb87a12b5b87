using AngleSharp.Css.Dom;
using AngleSharp.Dom;
using ProfileFunctions.Extraction.Text;

namespace ProfileFunctions.Extraction;

/// <summary>One page being read: its document, the URL its links resolve against, and what reading it reported.</summary>
internal sealed class PageContext(IDocument document, Url? baseUrl, SelectorIndex? documentIndex = null)
{
    private readonly Dictionary<string, string?> _resolved = new(StringComparer.Ordinal);
    private readonly RecentCache<ISelector, IElement, IElement[]> _matches = new();
    private string? _origin;
    private readonly SelectorIndex? _documentIndex = documentIndex;
    private Dictionary<ISelector, List<IElement>>? _documentMatches;
    private SelectorIndex? _rowIndex;
    private (IElement? Root, Dictionary<ISelector, List<IElement>>? Matches) _row;
    private (IElement? Root, Dictionary<ISelector, List<IElement>>? Matches) _previousRow;
    private IReadOnlyList<JsonLdNode>? _jsonLd;

    public IDocument Document { get; } = document;

    public Url? BaseUrl { get; } = baseUrl;

    public ElementText Text { get; } = new();

    public List<string> Warnings { get; } = [];

    /// <summary>The page's schema.org JSON-LD objects, parsed on first use; a broken block is a warning.</summary>
    public IReadOnlyList<JsonLdNode> JsonLd => _jsonLd ??= JsonLdNode.ReadAll(Document, Warnings);

    /// <summary>
    /// Elements inside the scope (roots included) matching the selector, in document order. Matching is the main
    /// cost of extraction and layouts reuse selectors across fields (every labelled fact of a digest reads the same
    /// list items), so a (selector, root) pair matched recently is not matched again.
    /// </summary>
    public IReadOnlyList<IElement> Select(ISelector selector, IReadOnlyList<IElement> scope)
    {
        if (scope.Count == 1)
        {
            return SelectIn(selector, scope[0]);
        }

        var all = new List<IElement>();
        foreach (var root in scope)
        {
            all.AddRange(SelectIn(selector, root));
        }

        return all;
    }

    /// <summary>
    /// What each selector of the document index (every layout's signature and page-level selectors) matches in
    /// the page: one indexed walk serves detection and every page-level field.
    /// </summary>
    public Dictionary<ISelector, List<IElement>> DocumentMatches =>
        _documentMatches ??= (_documentIndex ?? throw new InvalidOperationException("no document index")).Walk(Document.DocumentElement);

    /// <summary>Selectors a layout reads from each row, matched together once per row.</summary>
    public void UseRowIndex(SelectorIndex? index)
    {
        _rowIndex = index;
        _row = default;
        _previousRow = default;
    }

    private IReadOnlyList<IElement> SelectIn(ISelector selector, IElement root)
    {
        if (_documentIndex is not null && root == Document.DocumentElement && _documentIndex.Contains(selector))
        {
            return DocumentMatches.TryGetValue(selector, out var inDocument) ? inDocument : [];
        }

        if (_rowIndex is not null && _rowIndex.Contains(selector))
        {
            return RowMatches(root).TryGetValue(selector, out var inRow) ? inRow : [];
        }

        if (!_matches.TryGet(selector, root, out var found))
        {
            found = Match(selector, root, firstOnly: false);
            _matches.Add(selector, root, found);
        }

        return found;
    }

    // A row is one element or a dt/dd pair, so the two most recent roots are kept.
    private Dictionary<ISelector, List<IElement>> RowMatches(IElement root)
    {
        if (_row.Root == root)
        {
            return _row.Matches!;
        }

        if (_previousRow.Root == root)
        {
            return _previousRow.Matches!;
        }

        _previousRow = _row;
        _row = (root, _rowIndex!.Walk(root));
        return _row.Matches;
    }

    /// <summary>
    /// A pre-order walk of the root and its descendants, without the iterators and collections AngleSharp's
    /// MatchAll allocates (which cost more than the matching itself on small row subtrees).
    /// </summary>
    internal static IElement[] Match(ISelector selector, IElement root, bool firstOnly)
    {
        List<IElement>? found = null;
        var element = root;
        while (element is not null)
        {
            if (selector.Match(element, root))
            {
                (found ??= []).Add(element);
                if (firstOnly)
                {
                    break;
                }
            }

            element = NextInOrder(element, root);
        }

        return found is null ? [] : [.. found];
    }

    /// <summary>The element after this one in document order, staying inside root.</summary>
    internal static IElement? NextInOrder(IElement element, IElement root)
    {
        if (element.FirstElementChild is { } child)
        {
            return child;
        }

        for (var current = element; current != root; current = current.ParentElement!)
        {
            if (current.NextElementSibling is { } sibling)
            {
                return sibling;
            }
        }

        return null;
    }

    /// <summary>An absolute http(s) URL for a link, or null for script, data and unparseable links.</summary>
    public string? ResolveUrl(string value)
    {
        // Rows repeat the same links across fields (url, arxivId, year), so resolve each once per page.
        if (!_resolved.TryGetValue(value, out var resolved))
        {
            _resolved[value] = resolved = Resolve(value);
        }

        return resolved;
    }

    private string? Resolve(string value)
    {
        if (CanonicalUrl.IsCanonical(value))
        {
            return value;
        }

        // A root-relative link of plain characters on an http(s) page is the page's origin plus the link.
        if (BaseUrl is not null && value.Length > 1 && value[0] == '/' && value[1] != '/' && BaseUrl.Scheme is "http" or "https")
        {
            var candidate = string.Concat(_origin ??= BaseUrl.Origin, value);
            if (CanonicalUrl.IsCanonical(candidate))
            {
                return candidate;
            }
        }

        var url = BaseUrl is null ? new Url(value) : new Url(BaseUrl, value);
        if (url.IsInvalid || url.IsRelative)
        {
            return null;
        }

        return url.Scheme is "http" or "https" or "file" or "ftp" ? url.Href : null;
    }
}
