using System.Security.Cryptography;
using System.Text;

namespace ProfileFunctions.Sources;

/// <summary>
/// A fixed-length key for a source URL: URLs contain characters table keys forbid (<c>/ ? #</c>) and can exceed key
/// limits, so the key is a hash of the URL with its scheme and host lower-cased and its fragment dropped.
/// </summary>
public static class SourceKey
{
    public static string Of(string url)
    {
        ArgumentNullException.ThrowIfNull(url);
        var canonical = Uri.TryCreate(url, UriKind.Absolute, out var uri)
            ? uri.GetComponents(UriComponents.AbsoluteUri & ~UriComponents.Fragment, UriFormat.UriEscaped)
            : url;
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(canonical)))[..32];
    }
}
