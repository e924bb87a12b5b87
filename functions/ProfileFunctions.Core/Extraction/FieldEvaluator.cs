using System.Globalization;
using System.Text.RegularExpressions;
using AngleSharp.Dom;
using ProfileFunctions.Extraction.Text;

namespace ProfileFunctions.Extraction;

/// <summary>Reads <see cref="FieldSpec"/>s inside a scope of elements and normalises what they give by <see cref="FieldKind"/>.</summary>
internal sealed partial class FieldEvaluator(PageContext context)
{
    private readonly List<string> _values = [];

    public string? ReadText(FieldSpec? spec, IReadOnlyList<IElement> scope, FieldKind kind)
    {
        if (spec is null)
        {
            return null;
        }

        foreach (var rule in spec.Rules)
        {
            _values.Clear();
            Collect(rule, scope, kind, firstOnly: true);
            if (_values.Count > 0)
            {
                return _values[0];
            }
        }

        return spec.Default is null ? null : Normalize(spec.Default, kind);
    }

    public IReadOnlyList<string> ReadList(FieldSpec? spec, IReadOnlyList<IElement> scope, FieldKind kind)
    {
        if (spec is null)
        {
            return [];
        }

        foreach (var rule in spec.Rules)
        {
            _values.Clear();
            Collect(rule, scope, kind, firstOnly: false);
            if (_values.Count > 0)
            {
                return _values.Distinct(StringComparer.Ordinal).ToArray();
            }
        }

        return spec.Default is null || Normalize(spec.Default, kind) is not { } fallback ? [] : [fallback];
    }

    /// <summary>
    /// A yes/no field: with <c>present</c>, whether an element matches; otherwise true when a matching element gives
    /// a value (its pattern matches), false when it does not, and null when nothing matches.
    /// </summary>
    public bool? ReadFlag(FieldSpec? spec, IReadOnlyList<IElement> scope)
    {
        if (spec is null)
        {
            return null;
        }

        var asksPresence = false;
        foreach (var rule in spec.Rules)
        {
            _values.Clear();
            var matched = Collect(rule, scope, FieldKind.Prose, firstOnly: true);
            if (rule.Present)
            {
                if (matched)
                {
                    return true;
                }

                asksPresence = true;
                continue;
            }

            if (_values.Count > 0)
            {
                return true;
            }

            if (matched)
            {
                return false;
            }
        }

        if (spec.Default is not null && bool.TryParse(spec.Default, out var value))
        {
            return value;
        }

        // A marker the page shows when true (a "ready to collaborate" chip) means false when it is absent.
        return asksPresence ? false : null;
    }

    public int? ReadInteger(FieldSpec? spec, IReadOnlyList<IElement> scope, string field) =>
        ParseInteger(ReadText(spec, scope, FieldKind.Integer), field);

    public int? ReadYear(FieldSpec? spec, IReadOnlyList<IElement> scope) =>
        ParseInteger(ReadText(spec, scope, FieldKind.Year), "year");

    public double? ReadNumber(FieldSpec? spec, IReadOnlyList<IElement> scope) =>
        ReadText(spec, scope, FieldKind.Number) is { } text && double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var number)
            ? number
            : null;

    private int? ParseInteger(string? text, string field)
    {
        if (text is null)
        {
            return null;
        }

        if (int.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var number))
        {
            return number;
        }

        context.Warnings.Add($"{field}: '{text}' is not a whole number");
        return null;
    }

    /// <summary>Adds the rule's values to <see cref="_values"/>; returns whether any element matched at all.</summary>
    private bool Collect(FieldRule rule, IReadOnlyList<IElement> scope, FieldKind kind, bool firstOnly)
    {
        if (rule.Constant is not null)
        {
            Add(rule, rule.Constant, kind);
            return true;
        }

        if (rule.Selector is null || scope.Count == 0)
        {
            return false;
        }

        var matched = false;
        foreach (var element in context.Select(rule.Selector, scope))
        {
            string? raw;
            if (rule.Label is not null)
            {
                var text = context.Text.Read(element, rule.Exclude);
                var label = text is null ? null : rule.Label.Match(text);
                if (label is null || !label.Success)
                {
                    continue;
                }

                raw = rule.Attribute is null ? TextNormalizer.Collapse(text![label.Length..]) : FirstAttribute(element, rule.Attribute);
            }
            else
            {
                raw = rule.Attribute is null ? context.Text.Read(element, rule.Exclude) : element.GetAttribute(rule.Attribute);
            }

            matched = true;
            if (rule.Attribute is not null)
            {
                raw = TextNormalizer.Collapse(raw);
            }

            if (raw is null)
            {
                continue;
            }

            if (rule.Pattern is not null)
            {
                raw = Capture(rule.Pattern.Match(raw), raw);
                if (raw is null)
                {
                    continue;
                }
            }

            if (rule.Split is null)
            {
                Add(rule, raw, kind);
            }
            else
            {
                foreach (var piece in raw.Split(rule.Split, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
                {
                    Add(rule, piece, kind);
                }
            }

            if (firstOnly && _values.Count > 0)
            {
                break;
            }
        }

        return matched;
    }

    private void Add(FieldRule rule, string value, FieldKind kind)
    {
        string? current = value;
        foreach (var transform in rule.Transforms)
        {
            current = Apply(transform, current);
            if (current is null)
            {
                return;
            }
        }

        if (Normalize(current, kind) is { } normalized)
        {
            _values.Add(normalized);
        }
    }

    private string? Apply(ValueTransform transform, string value) => transform switch
    {
        ValueTransform.NameLastFirst => TextNormalizer.NameLastFirst(value),
        ValueTransform.ArxivId => ArxivIdOf(value),
        ValueTransform.ArxivYear => TextNormalizer.ArxivYear(ArxivIdOf(value) ?? value)?.ToString(CultureInfo.InvariantCulture),
        ValueTransform.Integer => TextNormalizer.Integer(value)?.ToString(CultureInfo.InvariantCulture),
        ValueTransform.Number => TextNormalizer.Number(value)?.ToString("R", CultureInfo.InvariantCulture),
        ValueTransform.Date => TextNormalizer.Date(value),
        ValueTransform.Year => TextNormalizer.Year(value)?.ToString(CultureInfo.InvariantCulture),
        ValueTransform.AbsoluteUrl => context.ResolveUrl(value),
        ValueTransform.Lowercase => value.ToLowerInvariant(),
        _ => value,
    };

    private string? Normalize(string value, FieldKind kind)
    {
        var text = TextNormalizer.Collapse(value);
        if (text is null)
        {
            return null;
        }

        return kind switch
        {
            FieldKind.Prose => text,
            FieldKind.Text => IsPlaceholder(text) ? null : text,
            FieldKind.Name => IsPlaceholder(text) ? null : TextNormalizer.NameLastFirst(text),
            FieldKind.Url => context.ResolveUrl(text),
            FieldKind.ArxivId => ArxivIdOf(text),
            FieldKind.Year => TextNormalizer.Year(text)?.ToString(CultureInfo.InvariantCulture),
            FieldKind.Integer => IsPlaceholder(text) ? null : TextNormalizer.Integer(text)?.ToString(CultureInfo.InvariantCulture) ?? text,
            FieldKind.Number => TextNormalizer.Number(text)?.ToString("R", CultureInfo.InvariantCulture),
            FieldKind.Date => TextNormalizer.Date(text),
            _ => text,
        };
    }

    /// <summary>A relative link ("/abs/2207.10551") is only an arXiv id when the page it resolves against is arXiv.</summary>
    private string? ArxivIdOf(string value) =>
        TextNormalizer.ArxivId(value.Contains('/', StringComparison.Ordinal) ? context.ResolveUrl(value) ?? value : value);

    private static string? Capture(Match match, string input)
    {
        if (!match.Success)
        {
            return null;
        }

        for (var i = 1; i < match.Groups.Count; i++)
        {
            if (match.Groups[i] is { Success: true } group)
            {
                return Whole(group, input);
            }
        }

        return Whole(match, input);

        // A capture of the whole input (an optional prefix that was absent) needs no copy.
        static string? Whole(Group group, string input) =>
            group.Index == 0 && group.Length == input.Length ? input : TextNormalizer.Collapse(group.Value);
    }

    private static string? FirstAttribute(IElement element, string attribute)
    {
        if (element.GetAttribute(attribute) is { } own)
        {
            return own;
        }

        foreach (var descendant in element.Descendants<IElement>())
        {
            if (descendant.GetAttribute(attribute) is { } value)
            {
                return value;
            }
        }

        return null;
    }

    private static bool IsPlaceholder(string text) => text.Length <= 60 && Placeholder().IsMatch(text);

    [GeneratedRegex(@"^(?:n/?a|none|null|nil|unknown|tbd|tba|\?+|-+|—|–|(?:.{1,40}\s)?not\s+(?:imported|available|provided|specified|set|known|listed|given)(?:\s+yet)?\.?|no\s+(?:affiliation|institution|organi[sz]ation|venue|data|information|role|topics?)(?:\s+(?:listed|given|provided|available|yet))?\.?)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Placeholder();
}
