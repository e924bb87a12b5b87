using AngleSharp.Css.Dom;
using AngleSharp.Dom;

namespace ProfileFunctions.Extraction;

/// <summary>
/// Matches many selectors in one walk of a subtree, testing each element only against the selectors that could
/// match it: every selector is filed under the id, class or tag its rightmost compound requires (as browsers
/// do), so most elements are tested against none. Selector matching dominates extraction without it.
/// </summary>
internal sealed class SelectorIndex
{
    private readonly Dictionary<string, List<ISelector>> _byId = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<ISelector>> _byClass = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<ISelector>> _byTag = new(StringComparer.Ordinal);
    private readonly List<ISelector> _universal = [];
    private readonly Dictionary<string, List<ISelector>>.AlternateLookup<ReadOnlySpan<char>> _classLookup;
    private readonly HashSet<ISelector> _all = [];

    public SelectorIndex(IEnumerable<ISelector> selectors)
    {
        _classLookup = _byClass.GetAlternateLookup<ReadOnlySpan<char>>();
        foreach (var selector in selectors)
        {
            if (!_all.Add(selector))
            {
                continue;
            }

            var keys = new List<(char Kind, string Key)>();
            foreach (var alternative in SplitTopLevel(selector.Text, ','))
            {
                if (KeyOf(alternative) is not { } key)
                {
                    keys = null;
                    break;
                }

                keys.Add(key);
            }

            if (keys is null)
            {
                _universal.Add(selector);
                continue;
            }

            foreach (var (kind, key) in keys.Distinct())
            {
                var map = kind switch { '#' => _byId, '.' => _byClass, _ => _byTag };

                // HTML element local names are lower case; ids and classes are case-sensitive.
                var normalized = kind == 't' ? key.ToLowerInvariant() : key;
                if (!map.TryGetValue(normalized, out var list))
                {
                    map[normalized] = list = [];
                }

                list.Add(selector);
            }
        }
    }

    public bool Contains(ISelector selector) => _all.Contains(selector);

    /// <summary>For each indexed selector, the elements of root's subtree (root included) it matches, in document order.</summary>
    public Dictionary<ISelector, List<IElement>> Walk(IElement root)
    {
        var found = new Dictionary<ISelector, List<IElement>>(_all.Count);
        for (var element = root; element is not null; element = PageContext.NextInOrder(element, root))
        {
            // One pass over the attributes finds both id and class.
            string? id = null;
            string? classes = null;
            foreach (var attribute in element.Attributes)
            {
                if (attribute.NamespaceUri is null)
                {
                    if (attribute.LocalName == "class")
                    {
                        classes = attribute.Value;
                    }
                    else if (attribute.LocalName == "id")
                    {
                        id = attribute.Value;
                    }
                }
            }

            if (id is { Length: > 0 } && _byId.TryGetValue(id, out var byId))
            {
                Test(byId, element, root, found);
            }

            if (classes is { Length: > 0 })
            {
                foreach (var range in classes.AsSpan().SplitAny(" \t\n\r\f"))
                {
                    var name = classes.AsSpan()[range];
                    if (!name.IsEmpty && _classLookup.TryGetValue(name, out var byClass))
                    {
                        Test(byClass, element, root, found);
                    }
                }
            }

            if (_byTag.TryGetValue(element.LocalName, out var byTag))
            {
                Test(byTag, element, root, found);
            }

            if (_universal.Count > 0)
            {
                Test(_universal, element, root, found);
            }
        }

        return found;
    }

    private static void Test(List<ISelector> candidates, IElement element, IElement root, Dictionary<ISelector, List<IElement>> found)
    {
        foreach (var selector in candidates)
        {
            if (found.TryGetValue(selector, out var list) && list.Count > 0 && list[^1] == element)
            {
                continue;
            }

            if (selector.Match(element, root))
            {
                if (list is null)
                {
                    found[selector] = list = [];
                }

                list.Add(element);
            }
        }
    }

    /// <summary>The id, class or tag the rightmost compound of a complex selector requires, or null when none.</summary>
    private static (char Kind, string Key)? KeyOf(string complex)
    {
        var parts = SplitTopLevel(complex.Trim(), ' ', '>', '+', '~');
        var compound = parts.Count == 0 ? string.Empty : parts[^1];
        string? tag = null;
        string? cls = null;
        var depth = 0;
        for (var i = 0; i < compound.Length; i++)
        {
            var c = compound[i];
            if (c is '[' or '(')
            {
                depth++;
            }
            else if (c is ']' or ')')
            {
                depth--;
            }
            else if (depth == 0 && c is '#' or '.')
            {
                var end = i + 1;
                while (end < compound.Length && (char.IsAsciiLetterOrDigit(compound[end]) || compound[end] is '-' or '_'))
                {
                    end++;
                }

                if (end == i + 1 || (end < compound.Length && compound[end] == '\\'))
                {
                    return null;
                }

                if (c == '#')
                {
                    return ('#', compound[(i + 1)..end]);
                }

                cls ??= compound[(i + 1)..end];
                i = end - 1;
            }
            else if (depth == 0 && i == 0 && char.IsAsciiLetter(c))
            {
                var end = 0;
                while (end < compound.Length && (char.IsAsciiLetterOrDigit(compound[end]) || compound[end] == '-'))
                {
                    end++;
                }

                tag = compound[..end];
                i = end - 1;
            }
        }

        return cls is not null ? ('.', cls) : tag is not null ? ('t', tag) : null;
    }

    private static List<string> SplitTopLevel(string text, params char[] separators)
    {
        var parts = new List<string>();
        var depth = 0;
        var quote = '\0';
        var start = 0;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (quote != '\0')
            {
                if (c == quote)
                {
                    quote = '\0';
                }

                continue;
            }

            switch (c)
            {
                case '"' or '\'':
                    quote = c;
                    break;
                case '[' or '(':
                    depth++;
                    break;
                case ']' or ')':
                    depth--;
                    break;
                default:
                    if (depth == 0 && Array.IndexOf(separators, c) >= 0)
                    {
                        if (i > start)
                        {
                            parts.Add(text[start..i]);
                        }

                        start = i + 1;
                    }

                    break;
            }
        }

        if (start < text.Length)
        {
            parts.Add(text[start..]);
        }

        return parts;
    }
}
