using System.Security.Cryptography;

namespace ProfileFunctions.Rendering;

/// <summary>
/// The site's static files (the stylesheet), named by content hash so they can be cached for a year: a changed
/// stylesheet gets a new name, and the pages that link it change with it.
/// </summary>
public sealed class SiteAssets
{
    public SiteAssets(TemplateSet templates)
    {
        ArgumentNullException.ThrowIfNull(templates);
        var path = Path.Combine(templates.Directory, "styles.css");
        Stylesheet = File.Exists(path) ? File.ReadAllBytes(path) : throw new TemplateException($"stylesheet not found: {path}");
        StylesheetPath = $"styles.{Convert.ToHexStringLower(SHA256.HashData(Stylesheet))[..12]}.css";
    }

    public byte[] Stylesheet { get; }

    /// <summary>The stylesheet's blob path (and URL path), for example <c>styles.3f2a9c1b7d0e.css</c>.</summary>
    public string StylesheetPath { get; }
}
