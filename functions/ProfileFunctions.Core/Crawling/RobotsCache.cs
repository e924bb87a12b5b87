using System.Collections.Concurrent;
using System.Net;
using Microsoft.Extensions.Options;

namespace ProfileFunctions.Crawling;

/// <summary>Each host's robots.txt, fetched once per <see cref="CrawlerOptions.RobotsCacheDuration"/> and shared.</summary>
public sealed class RobotsCache(IHttpClientFactory clients, HostThrottle throttle, IOptions<CrawlerOptions> options, TimeProvider time)
{
    private const int MaxRobotsBytes = 512 * 1024;
    private readonly ConcurrentDictionary<string, Lazy<Task<(RobotsRules Rules, DateTimeOffset FetchedAt)>>> _cache = new(StringComparer.OrdinalIgnoreCase);

    public async Task<RobotsRules> GetAsync(Uri url, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(url);
        var origin = url.GetLeftPart(UriPartial.Authority);
        while (true)
        {
            var entry = _cache.GetOrAdd(origin, key => new Lazy<Task<(RobotsRules, DateTimeOffset)>>(() => FetchAsync(new Uri(key + "/robots.txt"), CancellationToken.None)));
            var (rules, fetchedAt) = await entry.Value.WaitAsync(cancellationToken);
            if (time.GetUtcNow() - fetchedAt < options.Value.RobotsCacheDuration)
            {
                return rules;
            }

            _cache.TryRemove(new KeyValuePair<string, Lazy<Task<(RobotsRules, DateTimeOffset)>>>(origin, entry));
        }
    }

    private async Task<(RobotsRules, DateTimeOffset)> FetchAsync(Uri robotsUrl, CancellationToken cancellationToken)
    {
        var settings = options.Value;
        using var lease = await throttle.WaitAsync(robotsUrl, settings.DelayBetweenRequests, cancellationToken);
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(settings.RequestTimeout);
        try
        {
            // robots.txt may redirect (to https or www); follow a few hops as RFC 9309 asks.
            var url = robotsUrl;
            for (var hop = 0; hop <= 5; hop++)
            {
                using var response = await clients.CreateClient(PageFetcher.HttpClientName).GetAsync(url, HttpCompletionOption.ResponseHeadersRead, timeout.Token);
                var status = (int)response.StatusCode;
                if (status is >= 300 and < 400 && response.Headers.Location is { } location)
                {
                    url = new Uri(url, location);
                    continue;
                }

                if (response.IsSuccessStatusCode)
                {
                    var body = await BoundedBody.ReadAsync(response.Content, MaxRobotsBytes, timeout.Token);
                    return (RobotsRules.Parse(System.Text.Encoding.UTF8.GetString(body.Bytes), settings.BotName), time.GetUtcNow());
                }

                // RFC 9309: an unavailable robots.txt (4xx) allows everything; an unreachable one (5xx) allows nothing.
                return status is >= 400 and < 500 && response.StatusCode != HttpStatusCode.TooManyRequests
                    ? (RobotsRules.AllowAll, time.GetUtcNow())
                    : (RobotsRules.DisallowAll($"robots.txt answered {status}"), time.GetUtcNow());
            }

            return (RobotsRules.AllowAll, time.GetUtcNow());
        }
        catch (Exception ex) when (ex is HttpRequestException or OperationCanceledException or IOException)
        {
            // Unreachable: try again sooner than a successful read would be.
            var retryAt = time.GetUtcNow() - settings.RobotsCacheDuration + TimeSpan.FromMinutes(5);
            return (RobotsRules.DisallowAll($"robots.txt could not be read ({ex.GetType().Name})"), retryAt);
        }
    }
}
