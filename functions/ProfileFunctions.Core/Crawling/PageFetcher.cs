using System.Net;
using System.Net.Http.Headers;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Polly;
using Polly.Retry;

namespace ProfileFunctions.Crawling;

/// <summary>
/// The polite, robust fetcher: robots.txt obeyed, one request at a time per host with a pause, conditional GETs,
/// retries with jittered backoff on timeouts, 5xx and 429 (honouring Retry-After), a per-request timeout, a body
/// size limit, HTML content types only and a bounded number of redirects. It never throws for a bad page: every
/// outcome is a <see cref="FetchResult"/>.
/// </summary>
public sealed partial class PageFetcher : IPageFetcher
{
    /// <summary>The named HttpClient the crawler uses (redirects off: the fetcher follows them itself).</summary>
    public const string HttpClientName = "crawler";

    private static readonly string[] HtmlTypes = ["text/html", "application/xhtml+xml"];

    private readonly IHttpClientFactory _clients;
    private readonly HostThrottle _throttle;
    private readonly RobotsCache _robots;
    private readonly CrawlerOptions _options;
    private readonly ILogger<PageFetcher> _logger;
    private readonly ResiliencePipeline<Attempt> _retry;

    public PageFetcher(IHttpClientFactory clients, HostThrottle throttle, RobotsCache robots, IOptions<CrawlerOptions> options, TimeProvider time, ILogger<PageFetcher> logger)
    {
        ArgumentNullException.ThrowIfNull(options);
        _clients = clients;
        _throttle = throttle;
        _robots = robots;
        _options = options.Value;
        _logger = logger;
        _retry = new ResiliencePipelineBuilder<Attempt> { TimeProvider = time }
            .AddRetry(new RetryStrategyOptions<Attempt>
            {
                MaxRetryAttempts = Math.Max(_options.MaxRetries, 1),
                BackoffType = DelayBackoffType.Exponential,
                UseJitter = true,
                Delay = _options.RetryBaseDelay,
                MaxDelay = _options.MaxRetryAfter,
                ShouldHandle = args => ValueTask.FromResult(_options.MaxRetries > 0 && args.Outcome.Result is { Kind: AttemptKind.Transient } attempt
                    && (attempt.RetryAfter is null || attempt.RetryAfter <= _options.MaxRetryAfter)),
                DelayGenerator = args => ValueTask.FromResult(args.Outcome.Result?.RetryAfter),
                OnRetry = args =>
                {
                    LogRetry(args.AttemptNumber + 1, args.Outcome.Result?.Reason, args.RetryDelay);
                    return ValueTask.CompletedTask;
                },
            })
            .Build();
    }

    public async Task<FetchResult> FetchAsync(FetchRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var url = request.Url;
        var visited = new HashSet<string>(StringComparer.Ordinal) { url.AbsoluteUri };
        for (var redirects = 0; ; redirects++)
        {
            if (url.Scheme != Uri.UriSchemeHttp && url.Scheme != Uri.UriSchemeHttps)
            {
                return new FetchResult(FetchStatus.Failed, url, Reason: $"{url.Scheme} links are not fetched");
            }

            var robots = await _robots.GetAsync(url, cancellationToken);
            if (!robots.IsAllowed(url))
            {
                return new FetchResult(FetchStatus.Blocked, url, Reason: robots.Note ?? $"robots.txt disallows {url.PathAndQuery}");
            }

            var pause = robots.CrawlDelay is { } crawlDelay && crawlDelay > _options.DelayBetweenRequests
                ? (crawlDelay < _options.MaxCrawlDelay ? crawlDelay : _options.MaxCrawlDelay)
                : _options.DelayBetweenRequests;
            var conditional = redirects == 0 ? request : request with { ETag = null, LastModified = null };
            var attempt = await _retry.ExecuteAsync(
                static async (state, token) => await state.Fetcher.SendOnceAsync(state.Url, state.Conditional, state.Pause, token),
                (Fetcher: this, Url: url, Conditional: conditional, Pause: pause),
                cancellationToken);

            switch (attempt.Kind)
            {
                case AttemptKind.Redirect:
                    if (redirects >= _options.MaxRedirects)
                    {
                        return new FetchResult(FetchStatus.Failed, url, attempt.Status, Reason: $"more than {_options.MaxRedirects} redirects");
                    }

                    var next = attempt.Location!;
                    if (!visited.Add(next.AbsoluteUri))
                    {
                        return new FetchResult(FetchStatus.Failed, url, attempt.Status, Reason: $"redirect loop at {next}");
                    }

                    url = next;
                    continue;
                case AttemptKind.Success:
                    return new FetchResult(FetchStatus.Fetched, url, attempt.Status, attempt.Body, attempt.ContentType, attempt.ETag, attempt.LastModified);
                case AttemptKind.NotModified:
                    return new FetchResult(FetchStatus.NotModified, url, attempt.Status, ETag: request.ETag, LastModified: request.LastModified);
                default:
                    return new FetchResult(FetchStatus.Failed, url, attempt.Status, Reason: attempt.Reason);
            }
        }
    }

    private async Task<Attempt> SendOnceAsync(Uri url, FetchRequest conditional, TimeSpan pause, CancellationToken cancellationToken)
    {
        using var lease = await _throttle.WaitAsync(url, pause, cancellationToken);
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(_options.RequestTimeout);
        using var message = new HttpRequestMessage(HttpMethod.Get, url);
        message.Headers.Accept.ParseAdd("text/html,application/xhtml+xml;q=0.9,*/*;q=0.1");
        if (conditional.ETag is { } etag && EntityTagHeaderValue.TryParse(etag, out var tag))
        {
            message.Headers.IfNoneMatch.Add(tag);
        }

        if (conditional.LastModified is { } lastModified && DateTimeOffset.TryParse(lastModified, System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.AssumeUniversal, out var since))
        {
            message.Headers.IfModifiedSince = since;
        }

        try
        {
            using var response = await _clients.CreateClient(HttpClientName).SendAsync(message, HttpCompletionOption.ResponseHeadersRead, timeout.Token);
            var status = (int)response.StatusCode;
            if (response.StatusCode == HttpStatusCode.NotModified)
            {
                return new Attempt(AttemptKind.NotModified, status);
            }

            if (status is >= 300 and < 400)
            {
                return response.Headers.Location is { } location
                    ? new Attempt(AttemptKind.Redirect, status, Location: new Uri(url, location))
                    : new Attempt(AttemptKind.Failed, status, Reason: $"HTTP {status} without a Location");
            }

            if (response.StatusCode == HttpStatusCode.TooManyRequests || status >= 500)
            {
                var retryAfter = RetryAfter(response);
                var reason = $"HTTP {status} {response.ReasonPhrase}".TrimEnd();
                if (retryAfter > _options.MaxRetryAfter)
                {
                    reason += $" (asked to retry after {retryAfter.Value.TotalSeconds:0}s, more than the {_options.MaxRetryAfter.TotalSeconds:0}s allowed)";
                }

                return new Attempt(AttemptKind.Transient, status, Reason: reason, RetryAfter: retryAfter);
            }

            if (!response.IsSuccessStatusCode)
            {
                return new Attempt(AttemptKind.Failed, status, Reason: $"HTTP {status} {response.ReasonPhrase}".TrimEnd());
            }

            var mediaType = response.Content.Headers.ContentType?.MediaType;
            if (mediaType is not null && !HtmlTypes.Contains(mediaType, StringComparer.OrdinalIgnoreCase))
            {
                return new Attempt(AttemptKind.Failed, status, Reason: $"content type {mediaType} is not HTML");
            }

            var (body, tooLarge) = await BoundedBody.ReadAsync(response.Content, _options.MaxBodyBytes, timeout.Token);
            if (tooLarge)
            {
                return new Attempt(AttemptKind.Failed, status, Reason: $"body larger than {Size(_options.MaxBodyBytes)} (aborted)");
            }

            return new Attempt(
                AttemptKind.Success,
                status,
                Body: body,
                ContentType: response.Content.Headers.ContentType?.ToString(),
                ETag: response.Headers.ETag?.ToString(),
                LastModified: response.Content.Headers.LastModified?.ToString("R"));
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return new Attempt(AttemptKind.Transient, null, Reason: $"timed out after {_options.RequestTimeout.TotalSeconds:0}s");
        }
        catch (HttpRequestException ex) when (ex.InnerException is IOException || ex.HttpRequestError == HttpRequestError.ResponseEnded)
        {
            return new Attempt(AttemptKind.Transient, null, Reason: $"truncated or broken response: {ex.Message}");
        }
        catch (HttpRequestException ex)
        {
            return new Attempt(AttemptKind.Transient, null, Reason: $"request failed: {ex.Message}");
        }
        catch (IOException ex)
        {
            return new Attempt(AttemptKind.Transient, null, Reason: $"truncated body: {ex.Message}");
        }
    }

    private static string Size(int bytes) => bytes >= 1024 * 1024
        ? string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{bytes / 1024.0 / 1024.0:0.#} MiB")
        : string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{bytes / 1024.0:0.#} KiB");

    private static TimeSpan? RetryAfter(HttpResponseMessage response)
    {
        if (response.Headers.RetryAfter is not { } header)
        {
            return null;
        }

        if (header.Delta is { } delta)
        {
            return delta;
        }

        return header.Date is { } date ? (date - DateTimeOffset.UtcNow) is var wait && wait > TimeSpan.Zero ? wait : TimeSpan.Zero : null;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Retry {Attempt} after {Reason}, waiting {Delay}")]
    private partial void LogRetry(int attempt, string? reason, TimeSpan delay);

    private enum AttemptKind
    {
        Success,
        NotModified,
        Redirect,
        Transient,
        Failed,
    }

    private sealed record Attempt(
        AttemptKind Kind,
        int? Status,
        string? Reason = null,
        TimeSpan? RetryAfter = null,
        Uri? Location = null,
        byte[]? Body = null,
        string? ContentType = null,
        string? ETag = null,
        string? LastModified = null);
}
