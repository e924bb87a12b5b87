using System.ComponentModel.DataAnnotations;

namespace ProfileFunctions.Crawling;

/// <summary>How the crawler identifies itself and how politely it fetches (configuration section <c>Crawler</c>).</summary>
public sealed class CrawlerOptions
{
    public const string Section = "Crawler";

    /// <summary>Product token site owners name in robots.txt.</summary>
    [Required]
    [RegularExpression("^[A-Za-z][A-Za-z0-9_-]*$")]
    public string BotName { get; set; } = "ProfileFunctionsBot";

    /// <summary>Where site owners learn who we are and how to opt out; sent in the User-Agent.</summary>
    [Required]
    [Url]
    public string ContactUrl { get; set; } = "https://github.com/profile-functions/profile-functions/blob/main/docs/crawler.md";

    /// <summary>Pause between two requests to the same host; robots.txt Crawl-delay raises it.</summary>
    public TimeSpan DelayBetweenRequests { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>Longest Crawl-delay honoured; a site asking for more is fetched at this pace.</summary>
    public TimeSpan MaxCrawlDelay { get; set; } = TimeSpan.FromSeconds(60);

    /// <summary>Timeout of one request, headers and body.</summary>
    public TimeSpan RequestTimeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>Largest body read; a larger page is aborted and the crawl fails.</summary>
    [Range(1024, 100 * 1024 * 1024)]
    public int MaxBodyBytes { get; set; } = 5 * 1024 * 1024;

    [Range(0, 10)]
    public int MaxRedirects { get; set; } = 5;

    /// <summary>Pages followed through rel="next", the first included.</summary>
    [Range(1, 500)]
    public int MaxPages { get; set; } = 20;

    /// <summary>Retries after a timeout, a 5xx or a 429.</summary>
    [Range(0, 10)]
    public int MaxRetries { get; set; } = 3;

    /// <summary>First retry delay; later ones double, with jitter.</summary>
    public TimeSpan RetryBaseDelay { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>Longest Retry-After honoured; a server asking for more is given up on for this crawl.</summary>
    public TimeSpan MaxRetryAfter { get; set; } = TimeSpan.FromMinutes(2);

    /// <summary>How long a host's robots.txt is trusted before it is fetched again.</summary>
    public TimeSpan RobotsCacheDuration { get; set; } = TimeSpan.FromHours(1);

    /// <summary>The User-Agent header: bot name, version and contact URL.</summary>
    public string UserAgent => $"{BotName}/1.0 (+{ContactUrl})";
}
