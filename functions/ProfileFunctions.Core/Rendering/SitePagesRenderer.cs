using System.Globalization;
using System.Text;
using System.Xml;
using Microsoft.Extensions.Options;
using ProfileFunctions.Researchers;
using Scriban.Runtime;

namespace ProfileFunctions.Rendering;

/// <summary>
/// The site-wide files: home page, the A to Z researcher index (paginated), 404 page, sitemap (an index of chunks
/// past <see cref="SiteOptions.SitemapChunkSize"/> URLs) and robots.txt. A sitemap's <c>lastmod</c> is when that
/// page's content last changed, never the render time; profiles without works are <c>noindex</c> and left out.
/// </summary>
public sealed class SitePagesRenderer(TemplateSet templates, ProfilePageRenderer profiles, IOptions<SiteOptions> options)
{
    private const int RecentCount = 12;

    /// <summary>Every site-wide file, by blob path.</summary>
    public IReadOnlyDictionary<string, (byte[] Content, string ContentType)> Render(IReadOnlyList<ResearcherRecord> researchers)
    {
        ArgumentNullException.ThrowIfNull(researchers);
        var site = options.Value;
        var files = new SortedDictionary<string, (byte[], string)>(StringComparer.Ordinal);
        var sorted = researchers.OrderBy(r => SortKey(r.Name), StringComparer.Ordinal).ThenBy(r => r.Slug, StringComparer.Ordinal).ToArray();
        var pageCount = Math.Max(1, (sorted.Length + site.IndexPageSize - 1) / site.IndexPageSize);
        for (var page = 1; page <= pageCount; page++)
        {
            var people = sorted.Skip((page - 1) * site.IndexPageSize).Take(site.IndexPageSize).ToArray();
            var model = new ScriptObject
            {
                ["page"] = profiles.Head(site, page == 1 ? $"Researchers A–Z · {site.SiteName}" : $"Researchers A–Z, page {page} · {site.SiteName}",
                    $"All {sorted.Length} researchers with a profile on {site.SiteName}, A to Z" + (page > 1 ? $" (page {page} of {pageCount})." : "."),
                    new Uri(site.Root, SitePaths.IndexUrlPath(page)).AbsoluteUri, indexable: true, jsonLd: null, ogType: "website"),
                ["letters"] = people.GroupBy(r => Letter(r.Name))
                    .Select(group => new LetterView(group.Key, group.Key == "#" ? "other" : group.Key.ToLowerInvariant(), group.Select(r => Person(r, site)).ToArray()))
                    .ToArray(),
                ["pages"] = Enumerable.Range(1, pageCount).Select(number => new PageLink(number, site.Root.AbsolutePath + SitePaths.IndexUrlPath(number), number == page)).ToArray(),
            };
            files[SitePaths.IndexPage(page)] = (templates.Render("researchers", model), "text/html; charset=utf-8");
        }

        var home = new ScriptObject
        {
            ["page"] = profiles.Head(site, site.SiteName, $"Profiles of {sorted.Length} researchers and their works, compiled from public listing pages.", site.Root.AbsoluteUri, indexable: true, jsonLd: null, ogType: "website"),
            ["researcher_count"] = sorted.Length,
            ["work_count"] = sorted.Sum(r => r.Works.Count),
            ["recent"] = researchers.OrderByDescending(r => r.ChangedAt).ThenBy(r => r.Slug, StringComparer.Ordinal).Take(RecentCount).Select(r => Person(r, site)).ToArray(),
        };
        files[SitePaths.Home] = (templates.Render("index", home), "text/html; charset=utf-8");

        var notFound = new ScriptObject { ["page"] = profiles.Head(site, $"Page not found · {site.SiteName}", "There is no page at this address.", null, indexable: false, jsonLd: null, ogType: "website") };
        files[SitePaths.NotFound] = (templates.Render("404", notFound), "text/html; charset=utf-8");

        foreach (var (path, content) in Sitemaps(sorted, pageCount, site))
        {
            files[path] = (content, "application/xml; charset=utf-8");
        }

        files[SitePaths.Robots] = (Encoding.UTF8.GetBytes($"User-agent: *\nAllow: /\n\nSitemap: {new Uri(site.Root, SitePaths.Sitemap).AbsoluteUri}\n"), "text/plain; charset=utf-8");
        return files;
    }

    private static IEnumerable<(string Path, byte[] Content)> Sitemaps(ResearcherRecord[] researchers, int indexPages, SiteOptions site)
    {
        var latest = researchers.Length == 0 ? (DateTimeOffset?)null : researchers.Max(r => r.ChangedAt);
        var urls = new List<(string Url, DateTimeOffset? LastModified)> { (site.Root.AbsoluteUri, latest) };
        urls.AddRange(Enumerable.Range(1, indexPages).Select(page => (new Uri(site.Root, SitePaths.IndexUrlPath(page)).AbsoluteUri, latest)));
        urls.AddRange(researchers.Where(r => r.Works.Count > 0).OrderBy(r => r.Slug, StringComparer.Ordinal)
            .Select(r => (new Uri(site.Root, SitePaths.ProfileUrlPath(r.Slug)).AbsoluteUri, (DateTimeOffset?)r.ChangedAt)));

        if (urls.Count <= site.SitemapChunkSize)
        {
            yield return (SitePaths.Sitemap, UrlSet(urls));
            yield break;
        }

        var chunks = urls.Chunk(site.SitemapChunkSize).ToArray();
        var index = new List<(string, DateTimeOffset?)>();
        for (var i = 0; i < chunks.Length; i++)
        {
            var path = SitePaths.SitemapChunk(i + 1);
            yield return (path, UrlSet(chunks[i]));
            index.Add((new Uri(site.Root, path).AbsoluteUri, chunks[i].Max(url => url.LastModified)));
        }

        yield return (SitePaths.Sitemap, Entries("sitemapindex", "sitemap", index));
    }

    private static byte[] UrlSet(IEnumerable<(string Url, DateTimeOffset? LastModified)> urls) => Entries("urlset", "url", urls);

    /// <summary>A sitemap (urlset/url) or sitemap index (sitemapindex/sitemap): the same loc + lastmod entries.</summary>
    private static byte[] Entries(string root, string entry, IEnumerable<(string Url, DateTimeOffset? LastModified)> items) => Xml(writer =>
    {
        writer.WriteStartElement(root, "http://www.sitemaps.org/schemas/sitemap/0.9");
        foreach (var (url, modified) in items)
        {
            writer.WriteStartElement(entry);
            writer.WriteElementString("loc", url);
            WriteLastModified(writer, modified);
            writer.WriteEndElement();
        }

        writer.WriteEndElement();
    });

    private static void WriteLastModified(XmlWriter writer, DateTimeOffset? modified)
    {
        if (modified is { } value)
        {
            writer.WriteElementString("lastmod", value.ToUniversalTime().ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture));
        }
    }

    private static byte[] Xml(Action<XmlWriter> write)
    {
        using var buffer = new MemoryStream();
        using (var writer = XmlWriter.Create(buffer, new XmlWriterSettings { Encoding = new UTF8Encoding(false), Indent = true, NewLineChars = "\n" }))
        {
            writer.WriteStartDocument();
            write(writer);
        }

        return buffer.ToArray();
    }

    private static PersonView Person(ResearcherRecord researcher, SiteOptions site) => new(
        researcher.Name,
        site.Root.AbsolutePath + SitePaths.ProfileUrlPath(researcher.Slug),
        researcher.Works.Count,
        researcher.ChangedAt.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));

    // Researchers are listed by family name when the name has one (the last word), as indexes usually are.
    private static string SortKey(string name) => ResearcherSlug.From(name.Split(' ', StringSplitOptions.RemoveEmptyEntries) is { Length: > 1 } parts ? parts[^1] + " " + name : name);

    private static string Letter(string name)
    {
        var key = SortKey(name);
        return key.Length > 0 && char.IsAsciiLetter(key[0]) ? char.ToUpperInvariant(key[0]).ToString() : "#";
    }
}
