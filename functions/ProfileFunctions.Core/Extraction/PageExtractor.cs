using System.Text;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using ProfileFunctions.Extraction.Model;
using ProfileFunctions.Extraction.Text;

namespace ProfileFunctions.Extraction;

/// <summary>Turns the bytes of one listing page into a <see cref="PageExtraction"/> with a detected or named layout.</summary>
public sealed class PageExtractor(LayoutCatalog layouts)
{
    private static readonly HtmlParserOptions ParserOptions = new() { IsScripting = false, IsKeepingSourceReferences = false };

    private readonly LayoutRunner _runner = new(WorkReaders.Create());

    /// <summary>The layouts this extractor can use.</summary>
    public LayoutCatalog Layouts { get; } = layouts;

    /// <summary>Reads a page.</summary>
    /// <exception cref="ExtractionException">The content is not HTML, the layout is unknown, or no layout matches.</exception>
    public PageExtraction Extract(ReadOnlySpan<byte> content, ExtractionRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var layout = request.Layout is null ? null : Layouts.Get(request.Layout);
        var text = HtmlCharset.Decode(content, request.ContentType);
        if (!LooksLikeHtml(text))
        {
            throw new ExtractionException("not an HTML page: it does not start with markup");
        }

        var document = new HtmlParser(ParserOptions).ParseDocument(text);
        var context = new PageContext(document, BaseUrlOf(document, request));
        layout ??= Layouts.Detect(context);
        var researcher = TextNormalizer.Collapse(request.Researcher) is { } name ? TextNormalizer.NameLastFirst(name) : null;
        return _runner.Run(layout, context, researcher);
    }

    /// <summary>Reads a page already decoded to text (tests and tools; crawled pages go through the byte overload).</summary>
    public PageExtraction Extract(string html, ExtractionRequest request) => Extract(Encoding.UTF8.GetBytes(html ?? string.Empty), request with { ContentType = "text/html; charset=utf-8" });

    private static Url? BaseUrlOf(IDocument document, ExtractionRequest request)
    {
        if (request.BaseUrl is not null)
        {
            return new Url(request.BaseUrl.AbsoluteUri);
        }

        var documentUrl = request.DocumentUrl is null ? null : new Url(request.DocumentUrl.AbsoluteUri);
        if (document.QuerySelector("base[href]")?.GetAttribute("href") is { } baseHref)
        {
            var resolved = documentUrl is null ? new Url(baseHref) : new Url(documentUrl, baseHref);
            if (!resolved.IsInvalid && !resolved.IsRelative)
            {
                return resolved;
            }
        }

        return documentUrl;
    }

    private static bool LooksLikeHtml(string text)
    {
        foreach (var c in text)
        {
            if (c == '\0')
            {
                return false;
            }

            if (!char.IsWhiteSpace(c) && c != '\uFEFF')
            {
                return c == '<';
            }
        }

        return false;
    }
}
