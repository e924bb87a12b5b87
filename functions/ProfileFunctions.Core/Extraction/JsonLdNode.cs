using System.Text.Json;
using AngleSharp.Dom;

namespace ProfileFunctions.Extraction;

/// <summary>One schema.org object from a page's <c>application/ld+json</c> blocks (top level, arrays and <c>@graph</c>).</summary>
internal sealed class JsonLdNode(JsonElement element)
{
    public JsonElement Element { get; } = element;

    public bool HasType(string type)
    {
        if (!Element.TryGetProperty("@type", out var value))
        {
            return false;
        }

        return value.ValueKind switch
        {
            JsonValueKind.String => IsType(value.GetString(), type),
            JsonValueKind.Array => value.EnumerateArray().Any(item => item.ValueKind == JsonValueKind.String && IsType(item.GetString(), type)),
            _ => false,
        };
    }

    /// <summary>A string property, or the <c>name</c> of an object property, or the first of an array.</summary>
    public string? Text(string property) => Element.TryGetProperty(property, out var value) ? TextOf(value) : null;

    /// <summary>All names of a property that holds people or strings (one, or an array).</summary>
    public IReadOnlyList<string> Texts(string property)
    {
        if (!Element.TryGetProperty(property, out var value))
        {
            return [];
        }

        if (value.ValueKind != JsonValueKind.Array)
        {
            return TextOf(value) is { } single ? [single] : [];
        }

        var texts = new List<string>();
        foreach (var item in value.EnumerateArray())
        {
            if (TextOf(item) is { } text)
            {
                texts.Add(text);
            }
        }

        return texts;
    }

    /// <summary>A nested object's property, for example <c>isPartOf.name</c>.</summary>
    public string? NestedText(string property, string inner) =>
        Element.TryGetProperty(property, out var value) && value.ValueKind == JsonValueKind.Object && value.TryGetProperty(inner, out var innerValue)
            ? TextOf(innerValue)
            : null;

    public static IReadOnlyList<JsonLdNode> ReadAll(IDocument document, List<string> warnings)
    {
        var nodes = new List<JsonLdNode>();
        foreach (var script in document.QuerySelectorAll("script[type='application/ld+json' i]"))
        {
            try
            {
                // The clone detaches the element from the document so it outlives the JsonDocument.
                using var json = JsonDocument.Parse(script.TextContent, new JsonDocumentOptions { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip });
                Collect(json.RootElement.Clone(), nodes);
            }
            catch (JsonException ex)
            {
                warnings.Add($"JSON-LD block skipped: {ex.Message}");
            }
        }

        return nodes;
    }

    private static void Collect(JsonElement element, List<JsonLdNode> nodes)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.Array:
                foreach (var item in element.EnumerateArray())
                {
                    Collect(item, nodes);
                }

                break;
            case JsonValueKind.Object:
                nodes.Add(new JsonLdNode(element));
                if (element.TryGetProperty("@graph", out var graph))
                {
                    Collect(graph, nodes);
                }

                if (element.TryGetProperty("mainEntity", out var main) && main.ValueKind == JsonValueKind.Object)
                {
                    Collect(main, nodes);
                }

                break;
        }
    }

    private static bool IsType(string? actual, string wanted) =>
        actual is not null && (actual.Equals(wanted, StringComparison.OrdinalIgnoreCase)
            || actual.EndsWith("/" + wanted, StringComparison.OrdinalIgnoreCase)
            || actual.EndsWith(":" + wanted, StringComparison.OrdinalIgnoreCase));

    private static string? TextOf(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.String => value.GetString(),
        JsonValueKind.Number => value.GetRawText(),
        JsonValueKind.Object => value.TryGetProperty("name", out var name) ? TextOf(name)
            : value.TryGetProperty("@value", out var literal) ? TextOf(literal)
            : value.TryGetProperty("url", out var url) ? TextOf(url)
            : value.TryGetProperty("@id", out var id) ? TextOf(id) : null,
        JsonValueKind.Array => value.EnumerateArray().Select(TextOf).FirstOrDefault(text => text is not null),
        _ => null,
    };
}
