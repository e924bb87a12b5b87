using System.Buffers;

namespace ProfileFunctions.Rendering;

/// <summary>
/// Only http(s) links reach an href. Scraped URLs were already filtered and made canonical when they were extracted;
/// this keeps it true by construction, and answers without parsing when the URL is plainly canonical already (a page
/// links a hundred of them, and parsing one costs about half a microsecond).
/// </summary>
internal static class HttpLink
{
    private static readonly SearchValues<char> HostCharacters = SearchValues.Create("abcdefghijklmnopqrstuvwxyz0123456789.-");

    // Unreserved and reserved characters that System.Uri leaves as they are in a path, query or fragment.
    private static readonly SearchValues<char> PathCharacters = SearchValues.Create(
        "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~:/?#@!$&'()*+,;=");

    /// <summary>The URL as an absolute http(s) URL, or null for anything else.</summary>
    public static string? Safe(string? url)
    {
        if (url is null)
        {
            return null;
        }

        if (IsPlainlyCanonical(url))
        {
            return url;
        }

        return Uri.TryCreate(url, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps) ? uri.AbsoluteUri : null;
    }

    // scheme://host/path with a lower-case ASCII host, no port, no percent-escapes and no dot segments: System.Uri
    // would give back the same string. Anything else takes the parser.
    private static bool IsPlainlyCanonical(string url)
    {
        var rest = url.StartsWith("https://", StringComparison.Ordinal) ? url.AsSpan(8)
            : url.StartsWith("http://", StringComparison.Ordinal) ? url.AsSpan(7)
            : default;
        var slash = rest.IndexOf('/');
        if (slash <= 0)
        {
            return false;
        }

        var host = rest[..slash];
        var path = rest[slash..];
        return !host.ContainsAnyExcept(HostCharacters) && host[0] != '.' && host[^1] != '.' && host[0] != '-'
            && !path.ContainsAnyExcept(PathCharacters) && !path.Contains("/.", StringComparison.Ordinal);
    }
}
