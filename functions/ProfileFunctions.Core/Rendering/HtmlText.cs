using System.Buffers;
using System.Text;

namespace ProfileFunctions.Rendering;

/// <summary>
/// Escapes text for HTML element content and quoted attribute values: the five characters that can end text or an
/// attribute (<c>&amp; &lt; &gt; " '</c>). Everything else, non-ASCII letters included, is written as it is (pages are UTF-8).
/// </summary>
public static class HtmlText
{
    private static readonly SearchValues<char> Special = SearchValues.Create("&<>\"'");

    public static string Escape(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return string.Empty;
        }

        var first = text.AsSpan().IndexOfAny(Special);
        if (first < 0)
        {
            return text;
        }

        var builder = new StringBuilder(text.Length + 16).Append(text, 0, first);
        foreach (var c in text.AsSpan(first))
        {
            builder.Append(c switch
            {
                '&' => "&amp;",
                '<' => "&lt;",
                '>' => "&gt;",
                '"' => "&quot;",
                '\'' => "&#39;",
                _ => null,
            } ?? c.ToString());
        }

        return builder.ToString();
    }
}
