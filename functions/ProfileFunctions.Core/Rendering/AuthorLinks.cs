using ProfileFunctions.Researchers;

namespace ProfileFunctions.Rendering;

/// <summary>
/// Links a name to its profile page when the site has one. A page names the same co-authors again and again, so each
/// name's answer is kept for the rest of the page.
/// </summary>
internal sealed class AuthorLinks(IReadOnlySet<string> profiles, string root)
{
    private readonly Dictionary<string, string?> _known = new(StringComparer.Ordinal);

    public string? To(string name)
    {
        if (!_known.TryGetValue(name, out var url))
        {
            var slug = ResearcherSlug.From(name);
            url = profiles.Contains(slug) ? root + SitePaths.ProfileUrlPath(slug) : null;
            _known[name] = url;
        }

        return url;
    }
}
