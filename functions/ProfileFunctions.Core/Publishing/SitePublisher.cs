using Microsoft.Extensions.Logging;
using ProfileFunctions.Queues;
using ProfileFunctions.Rendering;
using ProfileFunctions.Researchers;

namespace ProfileFunctions.Publishing;

/// <summary>
/// Renders and publishes the site: one researcher's page per render request, and the site-wide files (index,
/// sitemaps, robots.txt, 404, home, stylesheet) once per batch. A file whose content hash is unchanged is not uploaded,
/// so re-publishing an unchanged site uploads nothing; a researcher who disappeared has their page deleted.
/// </summary>
public sealed partial class SitePublisher(
    IResearcherStore researchers,
    ISiteStore site,
    ProfilePageRenderer renderer,
    SitePagesRenderer pages,
    SiteAssets assets,
    QueueDrainer drainer,
    ILogger<SitePublisher> logger)
{
    private const string HtmlType = "text/html; charset=utf-8";
    private const string PageCache = "public, max-age=300, must-revalidate";
    private const string AssetCache = "public, max-age=31536000, immutable";

    /// <summary>Renders (or removes) one researcher's page.</summary>
    public Task<PublishReport> PublishResearcherAsync(string slug, CancellationToken cancellationToken) =>
        PublishResearcherAsync(slug, null, cancellationToken);

    // profiles: the slugs with a page, when the caller already has them (a batch lists them once, not per page).
    private async Task<PublishReport> PublishResearcherAsync(string slug, IReadOnlySet<string>? profiles, CancellationToken cancellationToken)
    {
        var path = SitePaths.Profile(slug);
        var stored = await researchers.GetAsync(slug, cancellationToken);
        if (stored is null)
        {
            return new PublishReport(0, 0, await site.DeleteAsync(path, cancellationToken) ? 1 : 0);
        }

        profiles ??= (await researchers.ListSlugsAsync(cancellationToken)).ToHashSet(StringComparer.Ordinal);
        var html = renderer.Render(stored.Record, profiles);
        var hashes = await site.ListHashesAsync(path, cancellationToken);
        var uploaded = await site.PutAsync(path, new SiteFile(html, HtmlType, PageCache), hashes.GetValueOrDefault(path), cancellationToken);
        return new PublishReport(1, uploaded ? 1 : 0, 0);
    }

    /// <summary>Works the render queue (one page per request, each researcher once), then publishes the site-wide files once.</summary>
    public async Task<PublishReport> PublishQueuedAsync(int workers, CancellationToken cancellationToken)
    {
        int rendered = 0, uploaded = 0, deleted = 0;
        var done = new System.Collections.Concurrent.ConcurrentDictionary<string, bool>(StringComparer.Ordinal);
        var profiles = (await researchers.ListSlugsAsync(cancellationToken)).ToHashSet(StringComparer.Ordinal);
        await drainer.DrainAsync(QueueNames.RenderRequests, workers, async (body, token) =>
        {
            var slug = QueueMessages.ReadRenderRequest(body).Slug;
            if (!done.TryAdd(slug, true))
            {
                return;
            }

            var report = await PublishResearcherAsync(slug, profiles, token);
            Interlocked.Add(ref rendered, report.Rendered);
            Interlocked.Add(ref uploaded, report.Uploaded);
            Interlocked.Add(ref deleted, report.Deleted);
        }, cancellationToken);
        var siteWide = await PublishSiteAsync(cancellationToken);
        return new PublishReport(rendered + siteWide.Rendered, uploaded + siteWide.Uploaded, deleted + siteWide.Deleted);
    }

    /// <summary>Every researcher's page and every site-wide file, and the pages of researchers who are gone deleted.</summary>
    public async Task<PublishReport> PublishAllAsync(CancellationToken cancellationToken)
    {
        var all = await researchers.ListAsync(cancellationToken);
        var slugs = all.Select(r => r.Slug).ToHashSet(StringComparer.Ordinal);
        var hashes = await site.ListHashesAsync(string.Empty, cancellationToken);
        var uploaded = 0;
        foreach (var researcher in all)
        {
            var path = SitePaths.Profile(researcher.Slug);
            var html = renderer.Render(researcher, slugs);
            if (await site.PutAsync(path, new SiteFile(html, HtmlType, PageCache), hashes.GetValueOrDefault(path), cancellationToken))
            {
                uploaded++;
            }
        }

        var siteWide = await PublishSiteAsync(all, hashes, cancellationToken);
        return new PublishReport(all.Count + siteWide.Rendered, uploaded + siteWide.Uploaded, siteWide.Deleted);
    }

    /// <summary>The site-wide files only (what the debounced PublishSite function runs after a batch of renders).</summary>
    public async Task<PublishReport> PublishSiteAsync(CancellationToken cancellationToken)
    {
        var all = await researchers.ListAsync(cancellationToken);
        return await PublishSiteAsync(all, await site.ListHashesAsync(string.Empty, cancellationToken), cancellationToken);
    }

    // hashes: every file of the site as it was listed before this publish (one flat listing serves the site-wide
    // files' unchanged check and the sweep of what no longer belongs).
    private async Task<PublishReport> PublishSiteAsync(IReadOnlyList<ResearcherRecord> all, IReadOnlyDictionary<string, string> hashes, CancellationToken cancellationToken)
    {
        var files = pages.Render(all);
        var uploaded = 0;
        foreach (var (path, (content, type)) in files)
        {
            if (await site.PutAsync(path, new SiteFile(content, type, PageCache), hashes.GetValueOrDefault(path), cancellationToken))
            {
                uploaded++;
            }
        }

        if (await site.PutAsync(assets.StylesheetPath, new SiteFile(assets.Stylesheet, "text/css; charset=utf-8", AssetCache), hashes.GetValueOrDefault(assets.StylesheetPath), cancellationToken))
        {
            uploaded++;
        }

        // Sweep what no longer belongs: pages of researchers who are gone, index pages and sitemap chunks past the end,
        // old stylesheets.
        var slugs = all.Select(r => r.Slug).ToHashSet(StringComparer.Ordinal);
        var deleted = 0;
        foreach (var path in hashes.Keys)
        {
            if (IsStale(path, files, slugs) && await site.DeleteAsync(path, cancellationToken))
            {
                deleted++;
            }
        }

        LogPublished(files.Count + 1, uploaded, deleted);
        return new PublishReport(files.Count + 1, uploaded, deleted);
    }

    private bool IsStale(string path, IReadOnlyDictionary<string, (byte[] Content, string ContentType)> files, HashSet<string> slugs)
    {
        if (path.StartsWith("researchers/page/", StringComparison.Ordinal) || path.StartsWith("sitemaps/", StringComparison.Ordinal))
        {
            return !files.ContainsKey(path);
        }

        if (path.StartsWith("researchers/", StringComparison.Ordinal) && path.EndsWith("/index.html", StringComparison.Ordinal))
        {
            return path != SitePaths.IndexPage(1) && !slugs.Contains(path["researchers/".Length..^"/index.html".Length]);
        }

        return path.StartsWith("styles.", StringComparison.Ordinal) && path != assets.StylesheetPath;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Site published: {Rendered} files rendered, {Uploaded} uploaded, {Deleted} deleted")]
    private partial void LogPublished(int rendered, int uploaded, int deleted);
}
