using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace ProfileFunctions.Rendering;

/// <summary>
/// Serialises structured data for a <c>&lt;script type="application/ld+json"&gt;</c> block. The encoder escapes
/// <c>&lt;</c>, <c>&gt;</c> and <c>&amp;</c> as <c>\u003C</c>..., so no scraped value can close the script element.
/// </summary>
internal static class JsonLd
{
    private static readonly JsonSerializerOptions Options = new() { Encoder = JavaScriptEncoder.Default, WriteIndented = false };

    public static TrustedHtml Script(JsonObject data) =>
        new("<script type=\"application/ld+json\">" + data.ToJsonString(Options) + "</script>");
}
