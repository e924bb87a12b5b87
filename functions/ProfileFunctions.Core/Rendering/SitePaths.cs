namespace ProfileFunctions.Rendering;

/// <summary>Where each page lives in <c>$web</c> and at which URL: one place, so links, canonical URLs and blobs agree.</summary>
public static class SitePaths
{
    public const string Home = "index.html";
    public const string NotFound = "404.html";
    public const string Robots = "robots.txt";
    public const string Sitemap = "sitemap.xml";

    public static string Profile(string slug) => $"researchers/{slug}/index.html";

    public static string ProfileUrlPath(string slug) => $"researchers/{Uri.EscapeDataString(slug)}/";

    public static string IndexPage(int page) => page <= 1 ? "researchers/index.html" : $"researchers/page/{page}/index.html";

    public static string IndexUrlPath(int page) => page <= 1 ? "researchers/" : $"researchers/page/{page}/";

    public static string SitemapChunk(int chunk) => $"sitemaps/sitemap-{chunk}.xml";
}
