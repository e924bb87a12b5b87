using System.Globalization;
using System.Text;

namespace ProfileFunctions.Researchers;

/// <summary>
/// The identity of a researcher and the last segment of their page URL: the name lower-cased with diacritics folded
/// and everything but letters and digits turned into single hyphens ("Zoë Ångström-Núñez" is
/// <c>zoe-angstrom-nunez</c>). Letters of other scripts are kept. Names are matched across sources by slug.
/// </summary>
public static class ResearcherSlug
{
    private const int MaxLength = 120;

    public static string From(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        var builder = new StringBuilder(name.Length);
        var hyphen = false;
        foreach (var c in name.Normalize(NormalizationForm.FormD))
        {
            var category = CharUnicodeInfo.GetUnicodeCategory(c);
            if (category is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.EnclosingMark)
            {
                // Diacritics are folded on Latin letters only: other scripts keep their marks (й stays й).
                if (builder.Length > 0 && !char.IsAsciiLetter(builder[^1]))
                {
                    builder.Append(c);
                }

                continue;
            }

            if (char.IsLetterOrDigit(c))
            {
                if (hyphen && builder.Length > 0)
                {
                    builder.Append('-');
                }

                hyphen = false;
                builder.Append(Fold(char.ToLowerInvariant(c)));
            }
            else
            {
                hyphen = true;
            }
        }

        var slug = builder.ToString().Normalize(NormalizationForm.FormC);
        return slug.Length <= MaxLength ? slug : slug[..MaxLength].TrimEnd('-');
    }

    // Letters with no decomposition into a base letter and a mark.
    private static string Fold(char c) => c switch
    {
        'ø' => "o",
        'æ' => "ae",
        'œ' => "oe",
        'ß' => "ss",
        'đ' => "d",
        'ð' => "d",
        'ł' => "l",
        'þ' => "th",
        'ı' => "i",
        _ => c.ToString(),
    };
}
