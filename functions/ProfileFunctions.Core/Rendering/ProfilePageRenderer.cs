using System.Globalization;
using System.Text.Json;
using Microsoft.Extensions.Options;
using ProfileFunctions.Extraction.Model;
using ProfileFunctions.Extraction.Text;
using ProfileFunctions.Researchers;
using Scriban.Runtime;

namespace ProfileFunctions.Rendering;

/// <summary>
/// Renders one researcher's page, <c>/researchers/{slug}/</c>: everything scraped goes into the template as plain
/// text (TeX made readable) and is escaped on output; metadata (title, description, Open Graph, JSON-LD) is plain
/// text too. Deterministic: the same record gives the same bytes (no render time anywhere).
/// </summary>
public sealed class ProfilePageRenderer(TemplateSet templates, IOptions<SiteOptions> options, SiteAssets assets)
{
    private const int DescriptionLength = 158;

    /// <param name="record">The researcher.</param>
    /// <param name="profiles">Slugs of every researcher with a page, so authors and collaborators link to them.</param>
    /// <returns>The page as UTF-8.</returns>
    public byte[] Render(ResearcherRecord record, IReadOnlySet<string> profiles)
    {
        ArgumentNullException.ThrowIfNull(record);
        ArgumentNullException.ThrowIfNull(profiles);
        var site = options.Value;
        var canonical = new Uri(site.Root, SitePaths.ProfileUrlPath(record.Slug)).AbsoluteUri;
        var description = Description(record);
        var links = new AuthorLinks(profiles, site.Root.AbsolutePath);
        var byYear = ChartRows(record.Works);
        var chartSummary = PublicationChart.Summary(byYear);
        var works = new WorkView[record.Works.Count];
        for (var i = 0; i < works.Length; i++)
        {
            works[i] = Work(record.Works[i].Work, links);
        }

        var title = record.Name + (record.Profile?.Affiliation is { } affiliation ? $" ({TexText.Plain(affiliation)})" : string.Empty) + " · " + site.SiteName;

        var model = new ScriptObject(24)
        {
            ["page"] = Head(site, title, description, canonical, indexable: record.Works.Count > 0, JsonLdFor(record, works, canonical, description)),
            ["name"] = record.Name,
            ["alternate_names"] = record.AlternateNames,
            ["summary"] = TexText.ToUnicode(record.Profile?.Summary),
            ["affiliation"] = record.Profile?.Affiliation,
            ["roles"] = record.Profile?.Roles ?? [],
            ["open_to_collaborate"] = record.Profile?.OpenToCollaborate == true,
            ["trust"] = record.Profile?.Trust,
            ["counts"] = record.Profile?.Counts,
            ["topics"] = record.Topics,
            ["work_count"] = record.Works.Count,
            ["years"] = Years(record.Works, works),
            ["chart"] = PublicationChart.Svg(byYear, chartSummary),
            ["chart_summary"] = chartSummary,
            ["collaborators"] = record.Collaborators.Take(30).Select(collaborator => new CollaboratorView(collaborator.Name, collaborator.Count, links.To(collaborator.Name))).ToArray(),
            ["related"] = record.Related.Select(paper => new RelatedView(TexText.ToUnicode(paper.Title) ?? paper.Url ?? "Untitled", HttpLink.Safe(paper.Url), paper.Date)).ToArray(),
            ["sources"] = record.Sources.Select(source => new SourceView(HttpLink.Safe(source.Url), source.Url, source.Role == Mention.About ? "about" : "lists", Day(source.ChangedAt))).ToArray(),
            ["changed"] = Day(record.ChangedAt),
        };
        return templates.Render("profile", model);
    }

    internal PageHead Head(SiteOptions site, string title, string description, string? canonical, bool indexable, TrustedHtml? jsonLd, string ogType = "profile") => new(
        ogType,
        title,
        description,
        canonical,
        indexable ? "index,follow" : "noindex,follow",
        site.SiteName,
        site.Root.AbsolutePath,
        site.Root.AbsolutePath + SitePaths.IndexUrlPath(1),
        site.Root.AbsolutePath + assets.StylesheetPath,
        jsonLd);

    // Works arrive newest first (undated last), so the groups come out in that order too.
    private static YearView[] Years(IReadOnlyList<MergedWork> works, WorkView[] views) =>
        views.Select((view, i) => (works[i].Work.Year, View: view))
            .GroupBy(work => work.Year)
            .Select(group => new YearView(group.Key?.ToString(CultureInfo.InvariantCulture) ?? "Undated", group.Select(work => work.View).ToArray()))
            .ToArray();

    private static ChartRow[] ChartRows(IReadOnlyList<MergedWork> works)
    {
        var counts = new SortedDictionary<int, int>();
        foreach (var merged in works)
        {
            if (merged.Work.Year is { } year)
            {
                counts[year] = counts.GetValueOrDefault(year) + 1;
            }
        }

        return counts.Select(pair => new ChartRow(pair.Key, pair.Value)).ToArray();
    }

    private static WorkView Work(Work work, AuthorLinks links)
    {
        var authors = new AuthorView[work.Authors.Count];
        for (var i = 0; i < authors.Length; i++)
        {
            authors[i] = new AuthorView(work.Authors[i], links.To(work.Authors[i]));
        }

        return new WorkView(
            TexText.ToUnicode(work.Title) ?? work.ArxivId ?? work.Url ?? "Untitled",
            HttpLink.Safe(work.Url) ?? (work.ArxivId is { } id ? $"https://arxiv.org/abs/{id}" : null),
            work.Venue,
            work.Type,
            work.Date,
            work.ArxivId,
            TexText.ToUnicode(work.Abstract),
            authors);
    }

    private static string Day(DateTimeOffset time) => time.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string Description(ResearcherRecord record)
    {
        var text = record.Profile?.Summary is { Length: > 0 } summary
            ? TexText.Plain(summary)
            : $"{record.Name}: {record.Works.Count} works" + (record.Topics.Count > 0 ? $" on {string.Join(", ", record.Topics.Take(3))}" : string.Empty)
                + (record.Works.Count > 0 && record.Works[0].Work.Title is { } latest ? $". Latest: {TexText.Plain(latest)}" : string.Empty) + ".";
        return text.Length <= DescriptionLength ? text : text[..(DescriptionLength - 1)].TrimEnd() + "…";
    }

    // The works' titles and links come from their views: converted once for the page and its structured data alike.
    private static TrustedHtml JsonLdFor(ResearcherRecord record, WorkView[] views, string canonical, string description) => JsonLd.Script(json =>
    {
        json.WriteStartObject();
        json.WriteString("@context", "https://schema.org");
        json.WriteString("@type", "ProfilePage");
        json.WriteString("url", canonical);
        json.WriteString("dateModified", record.ChangedAt.ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture));
        json.WriteStartObject("mainEntity");
        json.WriteString("@type", "Person");
        json.WriteString("name", record.Name);
        json.WriteString("url", canonical);
        json.WriteString("description", description);
        JsonLd.WriteStrings(json, "alternateName", record.AlternateNames);
        if (record.Profile?.Affiliation is { } affiliation)
        {
            JsonLd.WriteNamed(json, "affiliation", "Organization", TexText.Plain(affiliation));
        }

        JsonLd.WriteStrings(json, "knowsAbout", record.Topics);
        JsonLd.WriteStrings(json, "sameAs", record.Sources.Where(source => source.Role == Mention.About).Select(source => HttpLink.Safe(source.Url)).OfType<string>().ToArray());
        json.WriteEndObject();
        if (record.Works.Count > 0)
        {
            json.WriteStartArray("hasPart");
            for (var i = 0; i < views.Length; i++)
            {
                WriteArticle(json, record.Works[i].Work, views[i]);
            }

            json.WriteEndArray();
        }

        json.WriteEndObject();
    });

    private static void WriteArticle(Utf8JsonWriter json, Work work, WorkView view)
    {
        json.WriteStartObject();
        json.WriteString(JsonLd.Type, JsonLd.ScholarlyArticle);
        json.WriteString(JsonLd.Headline, TextNormalizer.Collapse(view.Title) ?? "Untitled");
        if (view.Url is { } url)
        {
            json.WriteString(JsonLd.Url, url);
        }

        if (work.Date is { } date)
        {
            json.WriteString(JsonLd.DatePublished, date);
        }
        else if (work.Year is { } year)
        {
            json.WriteString(JsonLd.DatePublished, year.ToString(CultureInfo.InvariantCulture));
        }

        if (work.Authors.Count > 0)
        {
            json.WriteStartArray(JsonLd.Author);
            foreach (var author in work.Authors)
            {
                json.WriteStartObject();
                json.WriteString(JsonLd.Type, JsonLd.Person);
                json.WriteString(JsonLd.Name, author);
                json.WriteEndObject();
            }

            json.WriteEndArray();
        }

        if (work.Venue is { } venue)
        {
            JsonLd.WriteNamed(json, "isPartOf", "Periodical", venue);
        }

        if (work.ArxivId is { } arxiv)
        {
            json.WriteString(JsonLd.Identifier, "arXiv:" + arxiv);
        }

        json.WriteEndObject();
    }
}
