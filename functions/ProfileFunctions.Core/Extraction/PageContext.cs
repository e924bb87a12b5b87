using AngleSharp.Dom;
using ProfileFunctions.Extraction.Text;

namespace ProfileFunctions.Extraction;

/// <summary>One page being read: its document, the URL its links resolve against, and what reading it reported.</summary>
internal sealed class PageContext(IDocument document, Url? baseUrl)
{
    private IReadOnlyList<JsonLdNode>? _jsonLd;

    public IDocument Document { get; } = document;

    public Url? BaseUrl { get; } = baseUrl;

    public ElementText Text { get; } = new();

    public List<string> Warnings { get; } = [];

    /// <summary>The page's schema.org JSON-LD objects, parsed on first use; a broken block is a warning.</summary>
    public IReadOnlyList<JsonLdNode> JsonLd => _jsonLd ??= JsonLdNode.ReadAll(Document, Warnings);

    /// <summary>An absolute http(s) URL for a link, or null for script, data and unparseable links.</summary>
    public string? ResolveUrl(string value)
    {
        var url = BaseUrl is null ? new Url(value) : new Url(BaseUrl, value);
        if (url.IsInvalid || url.IsRelative)
        {
            return null;
        }

        return url.Scheme is "http" or "https" or "file" or "ftp" ? url.Href : null;
    }
}
