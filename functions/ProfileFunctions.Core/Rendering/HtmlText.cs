using System.Buffers;
using Scriban;

namespace ProfileFunctions.Rendering;

/// <summary>
/// Escapes text for HTML element content and quoted attribute values: the five characters that can end text or an
/// attribute (<c>&amp; &lt; &gt; " '</c>). Everything else, non-ASCII letters included, is written as it is (pages are UTF-8).
/// </summary>
internal static class HtmlText
{
    private static readonly SearchValues<char> Special = SearchValues.Create("&<>\"'");

    /// <summary>Writes the text escaped straight into a template's output: the unchanged runs as they are, no copy.</summary>
    internal static void Escape(string? text, TemplateContext output)
    {
        if (string.IsNullOrEmpty(text))
        {
            return;
        }

        var start = 0;
        while (text.AsSpan(start).IndexOfAny(Special) is var offset and >= 0)
        {
            var at = start + offset;
            output.Write(text, start, at - start);
            output.Write(Entity(text[at]));
            start = at + 1;
        }

        output.Write(text, start, text.Length - start);
    }

    private static string Entity(char c) => c switch
    {
        '&' => "&amp;",
        '<' => "&lt;",
        '>' => "&gt;",
        '"' => "&quot;",
        _ => "&#39;",
    };
}
