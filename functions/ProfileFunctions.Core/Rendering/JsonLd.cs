using System.Buffers;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace ProfileFunctions.Rendering;

/// <summary>
/// Serialises structured data for a <c>&lt;script type="application/ld+json"&gt;</c> block. The encoder escapes
/// <c>&lt;</c>, <c>&gt;</c> and <c>&amp;</c> as <c>\u003C</c>..., so no scraped value can close the script element.
/// </summary>
internal static class JsonLd
{
    private static readonly JsonWriterOptions Options = new() { Encoder = JavaScriptEncoder.Default, Indented = false };
    private static readonly byte[] Open = "<script type=\"application/ld+json\">"u8.ToArray();
    private static readonly byte[] Close = "</script>"u8.ToArray();

    // Names written for every work, encoded once (a page with 30 works writes about 400 of them).
    public static readonly JsonEncodedText Type = JsonEncodedText.Encode("@type");
    public static readonly JsonEncodedText Name = JsonEncodedText.Encode("name");
    public static readonly JsonEncodedText Url = JsonEncodedText.Encode("url");
    public static readonly JsonEncodedText Headline = JsonEncodedText.Encode("headline");
    public static readonly JsonEncodedText DatePublished = JsonEncodedText.Encode("datePublished");
    public static readonly JsonEncodedText Author = JsonEncodedText.Encode("author");
    public static readonly JsonEncodedText Identifier = JsonEncodedText.Encode("identifier");
    public static readonly JsonEncodedText ScholarlyArticle = JsonEncodedText.Encode("ScholarlyArticle");
    public static readonly JsonEncodedText Person = JsonEncodedText.Encode("Person");

    public static TrustedHtml Script(Action<Utf8JsonWriter> write)
    {
        using var buffer = new PooledBufferWriter(16 * 1024);
        buffer.Write(Open);
        using (var json = new Utf8JsonWriter(buffer, Options))
        {
            write(json);
        }

        buffer.Write(Close);
        return new TrustedHtml(Encoding.UTF8.GetString(buffer.WrittenSpan));
    }

    /// <summary>An array of strings, left out when empty.</summary>
    public static void WriteStrings(Utf8JsonWriter json, string name, IReadOnlyList<string> values)
    {
        if (values.Count == 0)
        {
            return;
        }

        json.WriteStartArray(name);
        foreach (var value in values)
        {
            json.WriteStringValue(value);
        }

        json.WriteEndArray();
    }

    /// <summary>A typed thing known by its name: <c>{"@type": type, "name": name}</c>.</summary>
    public static void WriteNamed(Utf8JsonWriter json, string property, string type, string name)
    {
        json.WriteStartObject(property);
        json.WriteString("@type", type);
        json.WriteString("name", name);
        json.WriteEndObject();
    }
}
