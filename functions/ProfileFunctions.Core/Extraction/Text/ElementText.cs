using System.Text;
using AngleSharp.Css.Dom;
using AngleSharp.Dom;

namespace ProfileFunctions.Extraction.Text;

/// <summary>
/// Reads the visible text of an element the way a reader sees it: block boundaries and line breaks become
/// spaces (so "Fine-tuning&lt;br&gt;Transformers" keeps its word break), script and style are skipped, and
/// whitespace is collapsed. Entities are already decoded by the parser; the result is plain text, never markup.
/// </summary>
internal sealed class ElementText
{
    private readonly StringBuilder _builder = new(256);

    public string? Read(IElement element, ISelector? exclude = null)
    {
        _builder.Clear();
        Append(element, exclude);
        return TextNormalizer.Collapse(_builder.ToString());
    }

    private void Append(INode node, ISelector? exclude)
    {
        for (var child = node.FirstChild; child is not null; child = child.NextSibling)
        {
            switch (child)
            {
                case IText text:
                    _builder.Append(text.Data);
                    break;
                case IElement element when IsSkipped(element) || (exclude is not null && exclude.Match(element, null)):
                    break;
                case IElement element when IsBreaking(element):
                    _builder.Append(' ');
                    Append(element, exclude);
                    _builder.Append(' ');
                    break;
                case IElement element:
                    Append(element, exclude);
                    break;
            }
        }
    }

    private static bool IsSkipped(IElement element) => element.LocalName is "script" or "style" or "template" or "noscript";

    private static bool IsBreaking(IElement element) => element.LocalName is
        "br" or "p" or "div" or "li" or "ul" or "ol" or "dl" or "dt" or "dd" or "tr" or "td" or "th" or "table"
        or "h1" or "h2" or "h3" or "h4" or "h5" or "h6" or "section" or "article" or "header" or "footer"
        or "blockquote" or "pre" or "hr" or "figure" or "figcaption" or "address" or "main" or "nav" or "aside";
}
