using System.Globalization;
using System.Text.Json.Nodes;
using Microsoft.Extensions.Options;
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
    public string Render(ResearcherRecord record, IReadOnlySet<string> profiles)
    {
        ArgumentNullException.ThrowIfNull(record);
        ArgumentNullException.ThrowIfNull(profiles);
        var site = options.Value;
        var canonical = new Uri(site.Root, SitePaths.ProfileUrlPath(record.Slug)).AbsoluteUri;
        var description = Description(record);
        var works = record.Works.Select(work => work.Work).ToArray();
        var byYear = works.Where(work => work.Year is not null).GroupBy(work => work.Year!.Value).OrderBy(group => group.Key).Select(group => (group.Key, group.Count())).ToArray();

        var model = new ScriptObject
        {
            ["page"] = Page(site, record.Name + (record.Profile?.Affiliation is { } affiliation ? $" ({TexText.Plain(affiliation)})" : string.Empty) + " · " + site.SiteName, description, canonical, indexable: works.Length > 0, JsonLdFor(record, canonical, description)),
            ["name"] = record.Name,
            ["alternate_names"] = record.AlternateNames,
            ["summary"] = record.Profile?.Summary is { } summary ? TexText.ToUnicode(summary) : null,
            ["affiliation"] = record.Profile?.Affiliation,
            ["roles"] = record.Profile?.Roles ?? [],
            ["open_to_collaborate"] = record.Profile?.OpenToCollaborate == true,
            ["trust"] = record.Profile?.Trust is { } trust ? new ScriptObject { ["score"] = trust.Score, ["label"] = trust.Label, ["verification"] = trust.VerificationLevel, ["claimed"] = trust.Claimed } : null,
            ["counts"] = record.Profile?.Counts is { } counts ? new ScriptObject { ["works"] = counts.Works, ["followers"] = counts.Followers, ["topics"] = counts.Topics, ["collaborators"] = counts.Collaborators } : null,
            ["topics"] = record.Topics,
            ["work_count"] = works.Length,
            ["years"] = record.Works.GroupBy(work => work.Work.Year).Select(group => new ScriptObject
            {
                ["year"] = group.Key?.ToString(CultureInfo.InvariantCulture) ?? "Undated",
                ["works"] = group.Select(work => Work(work, profiles, site)).ToArray(),
            }).ToArray(),
            ["chart"] = PublicationChart.Svg(byYear),
            ["chart_rows"] = byYear.Select(year => new ScriptObject { ["year"] = year.Key, ["count"] = year.Item2 }).ToArray(),
            ["collaborators"] = record.Collaborators.Take(30).Select(collaborator => new ScriptObject
            {
                ["name"] = collaborator.Name,
                ["count"] = collaborator.Count,
                ["url"] = LinkTo(collaborator.Name, profiles, site),
            }).ToArray(),
            ["related"] = record.Related.Select(paper => new ScriptObject
            {
                ["title"] = TexText.ToUnicode(paper.Title) ?? paper.Url,
                ["url"] = SafeLink(paper.Url),
                ["date"] = paper.Date,
            }).ToArray(),
            ["sources"] = record.Sources.Select(source => new ScriptObject
            {
                ["url"] = SafeLink(source.Url),
                ["label"] = source.Url,
                ["role"] = source.Role == Mention.About ? "about" : "lists",
                ["changed"] = source.ChangedAt.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            }).ToArray(),
            ["changed"] = record.ChangedAt.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        };
        return templates.Render("profile", model);
    }

    internal ScriptObject Page(SiteOptions site, string title, string description, string? canonical, bool indexable, TrustedHtml? jsonLd, string ogType = "profile") => new()
    {
        ["og_type"] = ogType,
        ["title"] = title,
        ["description"] = description,
        ["canonical"] = canonical,
        ["robots"] = indexable ? "index,follow" : "noindex,follow",
        ["site_name"] = site.SiteName,
        ["home"] = site.Root.AbsolutePath,
        ["index"] = site.Root.AbsolutePath + SitePaths.IndexUrlPath(1),
        ["stylesheet"] = site.Root.AbsolutePath + assets.StylesheetPath,
        ["json_ld"] = jsonLd,
    };

    private static ScriptObject Work(MergedWork merged, IReadOnlySet<string> profiles, SiteOptions site)
    {
        var work = merged.Work;
        return new ScriptObject(8)
        {
            ["title"] = TexText.ToUnicode(work.Title) ?? work.ArxivId ?? work.Url ?? "Untitled",
            ["url"] = SafeLink(work.Url) ?? (work.ArxivId is { } id ? $"https://arxiv.org/abs/{id}" : null),
            ["venue"] = work.Venue,
            ["type"] = work.Type,
            ["date"] = work.Date,
            ["arxiv_id"] = work.ArxivId,
            ["abstract"] = TexText.ToUnicode(work.Abstract),
            ["authors"] = work.Authors.Select(author => new ScriptObject(2) { ["name"] = author, ["url"] = LinkTo(author, profiles, site) }).ToArray(),
        };
    }

    private static string? LinkTo(string name, IReadOnlySet<string> profiles, SiteOptions site)
    {
        var slug = ResearcherSlug.From(name);
        return profiles.Contains(slug) ? site.Root.AbsolutePath + SitePaths.ProfileUrlPath(slug) : null;
    }

    /// <summary>Only http(s) links reach an href: scraped URLs were already filtered, this keeps it true by construction.</summary>
    internal static string? SafeLink(string? url) =>
        url is not null && Uri.TryCreate(url, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps) ? uri.AbsoluteUri : null;

    private static string Description(ResearcherRecord record)
    {
        var text = record.Profile?.Summary is { Length: > 0 } summary
            ? TexText.Plain(summary)
            : $"{record.Name}: {record.Works.Count} works" + (record.Topics.Count > 0 ? $" on {string.Join(", ", record.Topics.Take(3))}" : string.Empty)
                + (record.Works.Count > 0 && record.Works[0].Work.Title is { } latest ? $". Latest: {TexText.Plain(latest)}" : string.Empty) + ".";
        return text.Length <= DescriptionLength ? text : text[..(DescriptionLength - 1)].TrimEnd() + "…";
    }

    private static TrustedHtml JsonLdFor(ResearcherRecord record, string canonical, string description)
    {
        var person = new JsonObject
        {
            ["@type"] = "Person",
            ["name"] = record.Name,
            ["url"] = canonical,
            ["description"] = description,
        };
        if (record.AlternateNames.Count > 0)
        {
            person["alternateName"] = new JsonArray(record.AlternateNames.Select(name => (JsonNode?)JsonValue.Create(name)).ToArray());
        }

        if (record.Profile?.Affiliation is { } affiliation)
        {
            person["affiliation"] = new JsonObject { ["@type"] = "Organization", ["name"] = TexText.Plain(affiliation) };
        }

        if (record.Topics.Count > 0)
        {
            person["knowsAbout"] = new JsonArray(record.Topics.Select(topic => (JsonNode?)JsonValue.Create(topic)).ToArray());
        }

        var sameAs = record.Sources.Where(source => source.Role == Mention.About).Select(source => SafeLink(source.Url)).OfType<string>().ToArray();
        if (sameAs.Length > 0)
        {
            person["sameAs"] = new JsonArray(sameAs.Select(url => (JsonNode?)JsonValue.Create(url)).ToArray());
        }

        var works = new JsonArray();
        foreach (var merged in record.Works)
        {
            var work = merged.Work;
            var article = new JsonObject { ["@type"] = "ScholarlyArticle", ["headline"] = TexText.Plain(work.Title ?? work.ArxivId ?? "Untitled") };
            if (SafeLink(work.Url) is { } url)
            {
                article["url"] = url;
            }

            if ((work.Date ?? work.Year?.ToString(CultureInfo.InvariantCulture)) is { } published)
            {
                article["datePublished"] = published;
            }

            if (work.Authors.Count > 0)
            {
                article["author"] = new JsonArray(work.Authors.Select(author => (JsonNode?)new JsonObject { ["@type"] = "Person", ["name"] = author }).ToArray());
            }

            if (work.Venue is { } venue)
            {
                article["isPartOf"] = new JsonObject { ["@type"] = "Periodical", ["name"] = venue };
            }

            if (work.ArxivId is { } arxiv)
            {
                article["identifier"] = "arXiv:" + arxiv;
            }

            works.Add(article);
        }

        var page = new JsonObject
        {
            ["@context"] = "https://schema.org",
            ["@type"] = "ProfilePage",
            ["url"] = canonical,
            ["dateModified"] = record.ChangedAt.ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture),
            ["mainEntity"] = person,
        };
        if (works.Count > 0)
        {
            page["hasPart"] = works;
        }

        return JsonLd.Script(page);
    }
}
