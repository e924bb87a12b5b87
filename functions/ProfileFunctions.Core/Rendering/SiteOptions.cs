using System.ComponentModel.DataAnnotations;

namespace ProfileFunctions.Rendering;

/// <summary>The public site (configuration section <c>Site</c>).</summary>
public sealed class SiteOptions
{
    public const string Section = "Site";

    /// <summary>Absolute URL the site is served at, with a trailing slash: canonical URLs, sitemaps and Open Graph use it.</summary>
    [Required]
    public Uri BaseUrl { get; set; } = new("http://127.0.0.1:8080/");

    [Required]
    public string SiteName { get; set; } = "Researcher profiles";

    /// <summary>The templates folder; by default <c>templates</c> beside the program, else above the current folder.</summary>
    public string? TemplatesDirectory { get; set; }

    /// <summary>Researchers per page of the A to Z index.</summary>
    [Range(10, 10_000)]
    public int IndexPageSize { get; set; } = 100;

    /// <summary>URLs per sitemap file; past this the sitemap becomes an index of chunks (the protocol allows 50,000).</summary>
    [Range(1, 50_000)]
    public int SitemapChunkSize { get; set; } = 50_000;

    /// <summary>The base URL, always ending in a slash.</summary>
    public Uri Root => BaseUrl.AbsoluteUri.EndsWith('/') ? BaseUrl : new Uri(BaseUrl.AbsoluteUri + "/");

    public string ResolveTemplatesDirectory()
    {
        if (!string.IsNullOrWhiteSpace(TemplatesDirectory))
        {
            return TemplatesDirectory;
        }

        foreach (var origin in new[] { AppContext.BaseDirectory, Environment.CurrentDirectory })
        {
            for (var directory = new DirectoryInfo(origin); directory is not null; directory = directory.Parent)
            {
                var candidate = Path.Combine(directory.FullName, "templates");
                if (File.Exists(Path.Combine(candidate, "profile.scriban-html")))
                {
                    return candidate;
                }
            }
        }

        return Path.Combine(AppContext.BaseDirectory, "templates");
    }
}
