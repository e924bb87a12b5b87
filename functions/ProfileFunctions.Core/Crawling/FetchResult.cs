namespace ProfileFunctions.Crawling;

/// <summary>The outcome of fetching one page.</summary>
/// <param name="Status">How it ended.</param>
/// <param name="Url">The final URL, after redirects.</param>
/// <param name="HttpStatus">The last HTTP status, when a response came.</param>
/// <param name="Content">The body, for <see cref="FetchStatus.Fetched"/>.</param>
/// <param name="ContentType">The Content-Type header (its charset decides decoding).</param>
/// <param name="ETag">The validator to send next time.</param>
/// <param name="LastModified">The other validator to send next time.</param>
/// <param name="Reason">Why it was blocked or failed.</param>
public sealed record FetchResult(
    FetchStatus Status,
    Uri Url,
    int? HttpStatus = null,
    byte[]? Content = null,
    string? ContentType = null,
    string? ETag = null,
    string? LastModified = null,
    string? Reason = null);
