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
    private readonly RecentCache<IElement, ISelector?, string?> _recent = new();
    private bool _pendingSpace;

    /// <summary>The element's text; an element read recently (several fields of a row often read the same one) is not read again.</summary>
    public string? Read(IElement element, ISelector? exclude = null)
    {
        if (_recent.TryGet(element, exclude, out var cached))
        {
            return cached;
        }

        _builder.Clear();
        _pendingSpace = false;
        Append(element, exclude);
        var text = _builder.Length == 0 ? null : _builder.ToString();
        _recent.Add(element, exclude, text);
        return text;
    }

    private void Append(INode node, ISelector? exclude)
    {
        for (var child = node.FirstChild; child is not null; child = child.NextSibling)
        {
            switch (child)
            {
                case IText text:
                    AppendCollapsed(text.Data);
                    break;
                case IElement element when IsSkipped(element) || (exclude is not null && exclude.Match(element, null)):
                    break;
                case IElement element when IsBreaking(element):
                    _pendingSpace = true;
                    Append(element, exclude);
                    _pendingSpace = true;
                    break;
                case IElement element:
                    Append(element, exclude);
                    break;
            }
        }
    }

    /// <summary>Appends text with whitespace collapsed on the fly, so the result needs no second pass or copy.</summary>
    private void AppendCollapsed(string data)
    {
        foreach (var c in data)
        {
            if (c is > ' ' and < '\u0085' || !char.IsWhiteSpace(c))
            {
                if (_pendingSpace && _builder.Length > 0)
                {
                    _builder.Append(' ');
                }

                _pendingSpace = false;
                _builder.Append(c);
            }
            else
            {
                _pendingSpace = true;
            }
        }
    }

    private static bool IsSkipped(IElement element) => element.LocalName is "script" or "style" or "template" or "noscript";

    private static bool IsBreaking(IElement element) => element.LocalName is
        "br" or "p" or "div" or "li" or "ul" or "ol" or "dl" or "dt" or "dd" or "tr" or "td" or "th" or "table"
        or "h1" or "h2" or "h3" or "h4" or "h5" or "h6" or "section" or "article" or "header" or "footer"
        or "blockquote" or "pre" or "hr" or "figure" or "figcaption" or "address" or "main" or "nav" or "aside";
}
