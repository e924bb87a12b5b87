using AngleSharp.Dom;
using ProfileFunctions.Extraction.Model;
using ProfileFunctions.Extraction.Text;

namespace ProfileFunctions.Extraction;

/// <summary>
/// Reads the one work a paper landing page describes from its Highwire <c>citation_*</c> meta tags, schema.org
/// JSON-LD and Dublin Core, in that order of trust, falling back to the visible abstract.
/// </summary>
internal sealed class ScholarlyMetaReader : IWorkReader
{
    public const string ReaderName = "scholarly-meta";

    // Parsed once: the headings left out of a visible abstract ("Abstract").
    private static readonly AngleSharp.Css.Dom.ISelector AbstractHeadings = new AngleSharp.Css.Parser.CssSelectorParser().ParseSelector("h1, h2, h3, h4, .descriptor")!;

    private static readonly string[] ArticleTypes = ["ScholarlyArticle", "MedicalScholarlyArticle", "Article", "Report", "Thesis", "CreativeWork"];

    public string Name => ReaderName;

    public IReadOnlyList<Work> ReadWorks(PageContext context)
    {
        var meta = MetaTags.Read(context.Document);
        var ld = ArticleTypes.Select(type => context.JsonLd.FirstOrDefault(node => node.HasType(type))).FirstOrDefault(node => node is not null);

        var title = Clean(meta.First("citation_title") ?? ld?.Text("headline") ?? ld?.Text("name") ?? meta.First("dc.title") ?? meta.First("og:title"))
            ?? Clean(context.Document.QuerySelector("h1")?.TextContent);
        var authors = meta.All("citation_author");
        if (authors.Count == 0)
        {
            authors = ld?.Texts("author") ?? [];
        }

        if (authors.Count == 0)
        {
            authors = meta.All("dc.creator");
        }

        var when = Clean(meta.First("citation_publication_date") ?? meta.First("citation_date") ?? meta.First("citation_online_date")
            ?? ld?.Text("datePublished") ?? meta.First("dc.date"));
        var url = Resolve(context, meta.First("citation_abstract_html_url") ?? ld?.Text("url")
            ?? context.Document.QuerySelector("link[rel~=canonical][href]")?.GetAttribute("href") ?? meta.First("og:url"))
            ?? context.BaseUrl?.Href;
        var arxivId = meta.First("citation_arxiv_id") is { } id ? TextNormalizer.ArxivId(id)
            : new[] { url, meta.First("citation_pdf_url") }.Select(link => link is null ? null : TextNormalizer.ArxivId(link)).FirstOrDefault(found => found is not null);

        if (title is null && url is null)
        {
            context.Warnings.Add("works[1] skipped: the page gives neither a title nor a URL");
            return [];
        }

        return
        [
            new Work(
                Title: title,
                Abstract: Clean(meta.First("citation_abstract") ?? ld?.Text("abstract") ?? ld?.Text("description") ?? meta.First("dc.description")) ?? VisibleAbstract(context),
                Year: when is null ? null : TextNormalizer.Year(when),
                Venue: Clean(meta.First("citation_journal_title") ?? meta.First("citation_conference_title") ?? meta.First("citation_inbook_title")
                    ?? ld?.NestedText("isPartOf", "name") ?? meta.First("dc.source")),
                Type: null,
                Url: url,
                ArxivId: arxivId,
                Authors: authors.Select(Clean).OfType<string>().Select(TextNormalizer.NameLastFirst).Distinct(StringComparer.Ordinal).ToArray(),
                Date: when is null ? null : TextNormalizer.Date(when),
                License: Clean(context.Document.QuerySelector("link[rel~=license][href]")?.GetAttribute("href") ?? ld?.Text("license") ?? meta.First("dc.rights")),
                Subjects: Keywords(meta, ld)),
        ];
    }

    private static IReadOnlyList<string> Keywords(MetaTags meta, JsonLdNode? ld)
    {
        var raw = meta.All("citation_keywords");
        if (raw.Count == 0)
        {
            raw = ld?.Texts("keywords") ?? [];
        }

        var separators = raw.Count == 1 && !raw[0].Contains(';', StringComparison.Ordinal) ? new[] { ',' } : [';'];
        return raw.SelectMany(value => value.Split(separators, StringSplitOptions.RemoveEmptyEntries))
            .Select(Clean).OfType<string>().Distinct(StringComparer.Ordinal).ToArray();
    }

    private static string? VisibleAbstract(PageContext context)
    {
        var element = context.Document.QuerySelector("section.abstract p, .abstract p, #abstract p, blockquote.abstract")
            ?? context.Document.QuerySelector(".abstract, #abstract, section[aria-label=Abstract i]");
        if (element is null)
        {
            return null;
        }

        var text = context.Text.Read(element, AbstractHeadings);
        return text is not null && text.StartsWith("Abstract:", StringComparison.OrdinalIgnoreCase) ? Clean(text["Abstract:".Length..]) : text;
    }

    private static string? Resolve(PageContext context, string? link) => Clean(link) is { } value ? context.ResolveUrl(value) : null;

    private static string? Clean(string? value) => TextNormalizer.Collapse(value);

    /// <summary>The page's meta tags by lower-cased <c>name</c> or <c>property</c>, in document order.</summary>
    private sealed class MetaTags
    {
        private readonly Dictionary<string, List<string>> _tags = new(StringComparer.OrdinalIgnoreCase);

        public static MetaTags Read(IDocument document)
        {
            var tags = new MetaTags();
            foreach (var meta in document.QuerySelectorAll("meta[content]"))
            {
                var key = meta.GetAttribute("name") ?? meta.GetAttribute("property");
                var content = meta.GetAttribute("content");
                if (key is null || string.IsNullOrWhiteSpace(content))
                {
                    continue;
                }

                if (!tags._tags.TryGetValue(key.Trim(), out var values))
                {
                    tags._tags[key.Trim()] = values = [];
                }

                values.Add(content);
            }

            return tags;
        }

        public string? First(string name) => _tags.TryGetValue(name, out var values) ? values[0] : null;

        public IReadOnlyList<string> All(string name) => _tags.TryGetValue(name, out var values) ? values : [];
    }
}
