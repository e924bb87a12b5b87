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

    // Creating a parser builds AngleSharp's configuration and browsing context, about a tenth of the cost of a
    // page; a parser is not documented as thread-safe, so concurrent extractions each borrow one from these slots
    // (lock-free: a miss just creates a parser, and a full set of slots drops the spare).
    private readonly HtmlParser?[] _parsers = new HtmlParser?[Environment.ProcessorCount * 2];

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

        var parser = BorrowParser();
        var document = parser.ParseDocument(text);
        ReturnParser(parser);
        var context = new PageContext(document, BaseUrlOf(document, request), Layouts.DocumentIndex);
        layout ??= Layouts.Detect(context);
        var researcher = TextNormalizer.Collapse(request.Researcher) is { } name ? TextNormalizer.NameLastFirst(name) : null;
        return _runner.Run(layout, context, researcher);
    }

    /// <summary>Reads a page already decoded to text (tests and tools; crawled pages go through the byte overload).</summary>
    public PageExtraction Extract(string html, ExtractionRequest request) => Extract(Encoding.UTF8.GetBytes(html ?? string.Empty), request with { ContentType = "text/html; charset=utf-8" });

    private HtmlParser BorrowParser()
    {
        for (var i = 0; i < _parsers.Length; i++)
        {
            if (Interlocked.Exchange(ref _parsers[i], null) is { } parser)
            {
                return parser;
            }
        }

        return new HtmlParser(ParserOptions);
    }

    private void ReturnParser(HtmlParser parser)
    {
        for (var i = 0; i < _parsers.Length; i++)
        {
            if (Interlocked.CompareExchange(ref _parsers[i], parser, null) is null)
            {
                return;
            }
        }
    }

    private static Url? BaseUrlOf(IDocument document, ExtractionRequest request)
    {
        if (request.BaseUrl is not null)
        {
            return new Url(request.BaseUrl.AbsoluteUri);
        }

        var documentUrl = request.DocumentUrl is null ? null : new Url(request.DocumentUrl.AbsoluteUri);
        // The parser puts <base> in the head; looking only there avoids a walk of the whole document.
        var baseElement = document.Head?.Children.FirstOrDefault(child => child.LocalName == "base" && child.HasAttribute("href"));
        if (baseElement?.GetAttribute("href") is { } baseHref)
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
