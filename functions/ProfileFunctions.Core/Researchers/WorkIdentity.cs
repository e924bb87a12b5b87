using System.Text;
using ProfileFunctions.Extraction.Model;

namespace ProfileFunctions.Researchers;

/// <summary>How works are recognised as the same across sources: by arXiv id, else by normalised title.</summary>
public static class WorkIdentity
{
    /// <summary>The title lower-cased, diacritics folded, punctuation and TeX markup dropped: "ST-MoE: Designing..." and "St-MoE Designing..." agree.</summary>
    public static string? TitleKey(string? title)
    {
        if (string.IsNullOrWhiteSpace(title))
        {
            return null;
        }

        var key = ResearcherSlug.From(title.Replace("$", string.Empty, StringComparison.Ordinal).Replace("\\", " ", StringComparison.Ordinal));
        return key.Length == 0 ? null : key;
    }

    public static string? ArxivKey(Work work) => work.ArxivId?.ToLowerInvariant();

    /// <summary>The key a merged work is stored under.</summary>
    public static string KeyOf(Work work) =>
        ArxivKey(work) is { } arxiv ? "arxiv:" + arxiv
        : TitleKey(work.Title) is { } title ? "title:" + title
        : work.Url is { } url ? "url:" + url
        : "text:" + Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(Encoding.UTF8.GetBytes(work.Abstract ?? string.Empty)))[..24];
}
