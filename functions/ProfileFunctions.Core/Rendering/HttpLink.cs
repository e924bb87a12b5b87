using ProfileFunctions.Extraction;

namespace ProfileFunctions.Rendering;

/// <summary>
/// Only http(s) links reach an href. Scraped URLs were already filtered and made canonical when they were extracted;
/// this keeps it true by construction, and answers without parsing when the URL is plainly canonical already (a page
/// links a hundred of them, and parsing one costs about half a microsecond).
/// </summary>
internal static class HttpLink
{
    /// <summary>The URL as an absolute http(s) URL, or null for anything else.</summary>
    public static string? Safe(string? url)
    {
        if (url is null)
        {
            return null;
        }

        // The extraction's canonical-URL check, less the characters System.Uri writes differently from the WHATWG
        // serialiser (it decodes some percent-escapes and escapes brackets): then Uri would give back the same string.
        if (CanonicalUrl.IsCanonical(url) && url.AsSpan().IndexOfAny('%', '[', ']') < 0)
        {
            return url;
        }

        return Uri.TryCreate(url, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps) ? uri.AbsoluteUri : null;
    }
}
