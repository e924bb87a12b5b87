using System.Text.Json;
using System.Text.RegularExpressions;
using AngleSharp.Css.Dom;
using AngleSharp.Css.Parser;

namespace ProfileFunctions.Extraction;

/// <summary>
/// Compiles a layout JSON document into a <see cref="Layout"/>, validating as it goes: unknown keys, invalid CSS
/// selectors or patterns and unknown transforms are errors that name the JSON path, so an operator's typo is
/// caught when the layout loads, not as silently empty results.
/// </summary>
internal sealed partial class LayoutDefinitionReader(IReadOnlyCollection<string> readerNames, bool trusted = false)
{
    internal static readonly string[] WorkFields = ["title", "abstract", "year", "venue", "type", "url", "arxivId", "authors", "date", "license", "subjects"];
    internal static readonly string[] RelatedFields = ["title", "url", "score", "date", "summary"];
    private static readonly string[] ProfileFields = ["summary", "affiliation", "roles", "openToCollaborate", "topics"];
    private static readonly string[] TrustFields = ["score", "label", "verificationLevel", "claimed"];
    private static readonly string[] CountKeys = ["works", "followers", "topics", "collaborators"];
    private static readonly string[] LayoutKeys = ["$schema", "name", "description", "priority", "detect", "detectJsonLd", "reader", "researcher", "works", "related", "next"];
    private static readonly string[] RuleKeys = ["selector", "label", "attribute", "exclude", "pattern", "split", "transforms", "value", "present", "default"];
    private static readonly TimeSpan OperatorPatternTimeout = TimeSpan.FromMilliseconds(200);

    private static readonly Dictionary<string, ValueTransform> Transforms = new(StringComparer.Ordinal)
    {
        ["name-last-first"] = ValueTransform.NameLastFirst,
        ["arxiv-id"] = ValueTransform.ArxivId,
        ["arxiv-year"] = ValueTransform.ArxivYear,
        ["int"] = ValueTransform.Integer,
        ["number"] = ValueTransform.Number,
        ["date"] = ValueTransform.Date,
        ["year"] = ValueTransform.Year,
        ["absolute-url"] = ValueTransform.AbsoluteUrl,
        ["lowercase"] = ValueTransform.Lowercase,
    };

    private readonly CssSelectorParser _selectors = new();

    // An operator's pattern could backtrack catastrophically on hostile text, so it gets a timeout; the built-in
    // patterns are reviewed and run without one (arming the timeout costs a few percent of a page).
    private readonly TimeSpan _patternTimeout = trusted ? Regex.InfiniteMatchTimeout : OperatorPatternTimeout;

    // One compiled instance per selector text, so a page matches each distinct selector once (see PageContext.Select).
    private readonly Dictionary<string, ISelector> _compiled = new(StringComparer.Ordinal);

    /// <summary>Reads one layout document; <paramref name="defaultPriority"/> applies when it sets none.</summary>
    public Layout Read(string json, int defaultPriority)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(json, new JsonDocumentOptions { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip });
        }
        catch (JsonException ex)
        {
            throw new LayoutDefinitionException($"line {(ex.LineNumber ?? 0) + 1}", $"not valid JSON: {FirstSentence(ex.Message)}");
        }

        using (document)
        {
            var root = document.RootElement;
            RequireObject(root, "$");
            CheckKeys(root, "$", LayoutKeys);

            var name = RequiredString(root, "name", "$");
            if (!LayoutName().IsMatch(name))
            {
                throw new LayoutDefinitionException("name", $"'{name}' is not a layout name (lowercase letters, digits and hyphens)");
            }

            var reader = OptionalString(root, "reader", "$");
            if (reader is not null && !readerNames.Contains(reader))
            {
                throw new LayoutDefinitionException("reader", $"unknown reader '{reader}' (known: {string.Join(", ", readerNames)})");
            }

            var detect = ReadSelectorList(root, "detect");
            var detectJsonLd = ReadStringList(root, "detectJsonLd");
            if (detect.Count == 0 && detectJsonLd.Count == 0)
            {
                throw new LayoutDefinitionException("detect", "a layout needs at least one detection selector or JSON-LD type");
            }

            var works = root.TryGetProperty("works", out var worksElement) ? ReadItems(worksElement, "works", WorkFields, ["title", "url", "arxivId"]) : null;
            if (works is null && reader is null)
            {
                throw new LayoutDefinitionException("works", "a layout needs either 'works' or a 'reader'");
            }

            return new Layout(
                Name: name,
                Description: OptionalString(root, "description", "$"),
                Priority: root.TryGetProperty("priority", out var priority) ? ReadInt(priority, "priority") : defaultPriority,
                Detect: detect,
                DetectJsonLdTypes: detectJsonLd,
                Reader: reader,
                Researcher: root.TryGetProperty("researcher", out var researcher) ? ReadResearcher(researcher) : null,
                Works: works,
                Related: root.TryGetProperty("related", out var related) ? ReadItems(related, "related", RelatedFields, ["title", "url"]) : null,
                Next: root.TryGetProperty("next", out var next) ? ReadField(next, "next") : DefaultNext());
        }
    }

    private FieldSpec DefaultNext() => new(
        [new FieldRule(Selector("a[rel~=next][href], link[rel~=next][href]", "next"), null, "href", null, null, null, [], null, false)],
        null);

    private ResearcherSpec ReadResearcher(JsonElement element)
    {
        const string path = "researcher";
        RequireObject(element, path);
        CheckKeys(element, path, ["name", .. ProfileFields, "trust", "counts"]);

        var profile = new Dictionary<string, FieldSpec>(StringComparer.Ordinal);
        foreach (var field in ProfileFields)
        {
            if (element.TryGetProperty(field, out var value))
            {
                profile[field] = ReadField(value, $"{path}.{field}");
            }
        }

        var trust = new Dictionary<string, FieldSpec>(StringComparer.Ordinal);
        if (element.TryGetProperty("trust", out var trustElement))
        {
            RequireObject(trustElement, $"{path}.trust");
            CheckKeys(trustElement, $"{path}.trust", TrustFields);
            foreach (var field in TrustFields)
            {
                if (trustElement.TryGetProperty(field, out var value))
                {
                    trust[field] = ReadField(value, $"{path}.trust.{field}");
                }
            }
        }

        return new ResearcherSpec(
            element.TryGetProperty("name", out var name) ? ReadField(name, $"{path}.name") : null,
            profile,
            trust,
            element.TryGetProperty("counts", out var counts) ? ReadCounts(counts, $"{path}.counts") : null);
    }

    private CountsSpec ReadCounts(JsonElement element, string path)
    {
        RequireObject(element, path);
        CheckKeys(element, path, ["items", "value", "labels"]);
        if (!element.TryGetProperty("labels", out var labels))
        {
            throw new LayoutDefinitionException($"{path}.labels", "required: a pattern for each count to read");
        }

        RequireObject(labels, $"{path}.labels");
        CheckKeys(labels, $"{path}.labels", CountKeys);
        var patterns = new List<KeyValuePair<string, Regex>>();
        foreach (var label in labels.EnumerateObject())
        {
            patterns.Add(new(label.Name, Pattern(StringValue(label.Value, $"{path}.labels.{label.Name}"), $"{path}.labels.{label.Name}")));
        }

        return new CountsSpec(
            Selector(RequiredString(element, "items", path), $"{path}.items"),
            Selector(RequiredString(element, "value", path), $"{path}.value"),
            patterns);
    }

    private ItemsSpec ReadItems(JsonElement element, string path, string[] fieldNames, string[] defaultRequired)
    {
        RequireObject(element, path);
        CheckKeys(element, path, ["items", "pairWith", "required", "fields"]);
        var items = Selector(RequiredString(element, "items", path), $"{path}.items");
        var pairWith = OptionalString(element, "pairWith", path) is { } pair ? Selector(pair, $"{path}.pairWith") : null;

        if (!element.TryGetProperty("fields", out var fieldsElement))
        {
            throw new LayoutDefinitionException($"{path}.fields", "required: how to read each field of a row");
        }

        RequireObject(fieldsElement, $"{path}.fields");
        CheckKeys(fieldsElement, $"{path}.fields", fieldNames);
        var fields = new Dictionary<string, FieldSpec>(StringComparer.Ordinal);
        foreach (var field in fieldsElement.EnumerateObject())
        {
            fields[field.Name] = ReadField(field.Value, $"{path}.fields.{field.Name}");
        }

        var required = ReadStringList(element, "required", path);
        foreach (var name in required)
        {
            if (!fieldNames.Contains(name))
            {
                throw new LayoutDefinitionException($"{path}.required", $"unknown field '{name}' (known: {string.Join(", ", fieldNames)})");
            }
        }

        return new ItemsSpec(items, pairWith, fields, required.Count > 0 ? required : defaultRequired);
    }

    private FieldSpec ReadField(JsonElement element, string path)
    {
        var rules = new List<FieldRule>();
        string? fallback = null;
        if (element.ValueKind == JsonValueKind.Array)
        {
            var index = 0;
            foreach (var alternative in element.EnumerateArray())
            {
                rules.Add(ReadRule(alternative, $"{path}[{index++}]", ref fallback));
            }

            if (rules.Count == 0)
            {
                throw new LayoutDefinitionException(path, "an empty list of alternatives reads nothing");
            }
        }
        else
        {
            rules.Add(ReadRule(element, path, ref fallback));
        }

        return new FieldSpec(rules.Where(rule => rule.Selector is not null || rule.Constant is not null).ToArray(), fallback);
    }

    private FieldRule ReadRule(JsonElement element, string path, ref string? fallback)
    {
        if (element.ValueKind == JsonValueKind.String)
        {
            return new FieldRule(Selector(element.GetString()!, path), null, null, null, null, null, [], null, false);
        }

        RequireObject(element, path);
        CheckKeys(element, path, RuleKeys);
        var selector = OptionalString(element, "selector", path);
        var constant = OptionalString(element, "value", path);
        var ruleDefault = OptionalString(element, "default", path);
        fallback ??= ruleDefault;
        if (selector is null && constant is null && ruleDefault is null)
        {
            throw new LayoutDefinitionException(path, "a field needs a 'selector', a constant 'value' or a 'default'");
        }

        var transforms = new List<ValueTransform>();
        foreach (var name in ReadStringList(element, "transforms", path))
        {
            if (!Transforms.TryGetValue(name, out var transform))
            {
                throw new LayoutDefinitionException($"{path}.transforms", $"unknown transform '{name}' (known: {string.Join(", ", Transforms.Keys)})");
            }

            transforms.Add(transform);
        }

        var label = OptionalString(element, "label", path);
        return new FieldRule(
            Selector: selector is null ? null : Selector(selector, $"{path}.selector"),
            Label: label is null ? null : new Regex(@"^\s*" + Regex.Escape(label) + @"\s*:\s*", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.Compiled, _patternTimeout),
            Attribute: OptionalString(element, "attribute", path),
            Exclude: OptionalString(element, "exclude", path) is { } exclude ? Selector(exclude, $"{path}.exclude") : null,
            Pattern: OptionalString(element, "pattern", path) is { } pattern ? Pattern(pattern, $"{path}.pattern") : null,
            Split: OptionalString(element, "split", path),
            Transforms: transforms,
            Constant: constant,
            Present: element.TryGetProperty("present", out var present) && ReadBool(present, $"{path}.present"));
    }

    private List<ISelector> ReadSelectorList(JsonElement parent, string key)
    {
        var selectors = new List<ISelector>();
        var index = 0;
        foreach (var text in ReadStringList(parent, key, "$"))
        {
            selectors.Add(Selector(text, $"{key}[{index++}]"));
        }

        return selectors;
    }

    private ISelector Selector(string text, string path)
    {
        if (!_compiled.TryGetValue(text, out var selector))
        {
            _compiled[text] = selector = _selectors.ParseSelector(text) ?? throw new LayoutDefinitionException(path, $"'{text}' is not a valid CSS selector");
        }

        return selector;
    }

    private Regex Pattern(string text, string path)
    {
        try
        {
            // Compiled: a layout is loaded once and its patterns run on every row of every page.
            return new Regex(text, RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.Singleline | RegexOptions.Compiled, _patternTimeout);
        }
        catch (ArgumentException ex)
        {
            throw new LayoutDefinitionException(path, $"'{text}' is not a valid regular expression: {FirstSentence(ex.Message)}");
        }
    }

    private static List<string> ReadStringList(JsonElement parent, string key, string path = "$")
    {
        if (!parent.TryGetProperty(key, out var value))
        {
            return [];
        }

        var where = Join(path, key);
        if (value.ValueKind == JsonValueKind.String)
        {
            return [value.GetString()!];
        }

        if (value.ValueKind != JsonValueKind.Array)
        {
            throw new LayoutDefinitionException(where, $"expected a string or an array of strings, found {Describe(value)}");
        }

        var list = new List<string>();
        var index = 0;
        foreach (var item in value.EnumerateArray())
        {
            list.Add(StringValue(item, $"{where}[{index++}]"));
        }

        return list;
    }

    private static string RequiredString(JsonElement parent, string key, string path) =>
        OptionalString(parent, key, path) ?? throw new LayoutDefinitionException(Join(path, key), "required");

    private static string? OptionalString(JsonElement parent, string key, string path) =>
        parent.TryGetProperty(key, out var value) ? StringValue(value, Join(path, key)) : null;

    private static string StringValue(JsonElement value, string path) =>
        value.ValueKind == JsonValueKind.String && !string.IsNullOrWhiteSpace(value.GetString())
            ? value.GetString()!
            : throw new LayoutDefinitionException(path, $"expected a non-empty string, found {Describe(value)}");

    private static int ReadInt(JsonElement value, string path) =>
        value.ValueKind == JsonValueKind.Number && value.TryGetInt32(out var number)
            ? number
            : throw new LayoutDefinitionException(path, $"expected a whole number, found {Describe(value)}");

    private static bool ReadBool(JsonElement value, string path) => value.ValueKind switch
    {
        JsonValueKind.True => true,
        JsonValueKind.False => false,
        _ => throw new LayoutDefinitionException(path, $"expected true or false, found {Describe(value)}"),
    };

    private static void RequireObject(JsonElement element, string path)
    {
        if (element.ValueKind != JsonValueKind.Object)
        {
            throw new LayoutDefinitionException(path, $"expected an object, found {Describe(element)}");
        }
    }

    private static void CheckKeys(JsonElement element, string path, IReadOnlyCollection<string> allowed)
    {
        foreach (var property in element.EnumerateObject())
        {
            if (!allowed.Contains(property.Name))
            {
                throw new LayoutDefinitionException(Join(path, property.Name), $"unknown key (expected one of: {string.Join(", ", allowed)})");
            }
        }
    }

    private static string Join(string path, string key) => path == "$" ? key : $"{path}.{key}";

    private static string Describe(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.String => "an empty string",
        JsonValueKind.Number => "a number",
        JsonValueKind.Array => "an array",
        JsonValueKind.Object => "an object",
        JsonValueKind.True or JsonValueKind.False => "a boolean",
        _ => "null",
    };

    private static string FirstSentence(string message)
    {
        var line = message.Split('\n')[0].Trim();
        var stop = line.IndexOf(" Path:", StringComparison.Ordinal);
        return stop > 0 ? line[..stop] : line;
    }

    [GeneratedRegex("^[a-z0-9][a-z0-9-]{0,62}$", RegexOptions.CultureInvariant)]
    private static partial Regex LayoutName();
}
