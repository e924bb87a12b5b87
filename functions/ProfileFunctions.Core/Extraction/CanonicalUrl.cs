using System.Buffers;

namespace ProfileFunctions.Extraction;

/// <summary>
/// Recognises absolute http(s) URLs that the WHATWG URL parser would serialise unchanged, so the common case of
/// an already clean link skips a full parse (host processing goes through IDNA and costs microseconds per link).
/// Anything unusual (ports, user info, upper case, dot segments, characters needing escapes) takes the full parse.
/// </summary>
internal static class CanonicalUrl
{
    private static readonly SearchValues<char> HostChars = SearchValues.Create("abcdefghijklmnopqrstuvwxyz0123456789.-");
    private static readonly SearchValues<char> RestChars = SearchValues.Create(
        "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-._~:/?#[]@!$&()*+,;=%");

    public static bool IsCanonical(string value)
    {
        var schemeLength = value.StartsWith("https://", StringComparison.Ordinal) ? 8
            : value.StartsWith("http://", StringComparison.Ordinal) ? 7
            : 0;
        if (schemeLength == 0)
        {
            return false;
        }

        var rest = value.AsSpan(schemeLength);
        var slash = rest.IndexOf('/');
        if (slash <= 0)
        {
            return false;
        }

        var host = rest[..slash];
        var path = rest[slash..];
        return !host.ContainsAnyExcept(HostChars)
            && host[0] != '.' && host[^1] != '.'
            && !path.ContainsAnyExcept(RestChars)
            && !HasDotSegment(path);
    }

    private static bool HasDotSegment(ReadOnlySpan<char> path)
    {
        var end = path.IndexOfAny('?', '#');
        var segments = end < 0 ? path : path[..end];
        return segments.Contains("/./", StringComparison.Ordinal) || segments.Contains("/../", StringComparison.Ordinal)
            || segments.EndsWith("/.", StringComparison.Ordinal) || segments.EndsWith("/..", StringComparison.Ordinal);
    }
}
