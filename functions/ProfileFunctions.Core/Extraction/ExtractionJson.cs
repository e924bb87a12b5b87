using System.Text.Encodings.Web;
using System.Text.Json;
using ProfileFunctions.Extraction.Model;

namespace ProfileFunctions.Extraction;

/// <summary>
/// Writes a <see cref="PageExtraction"/> as the <c>profiles parse</c> JSON contract: camelCase, fixed key order,
/// nulls for absent values, two-space indentation, and text unescaped beyond what JSON requires.
/// </summary>
public static class ExtractionJson
{
    private static readonly JsonWriterOptions Options = new()
    {
        Indented = true,
        NewLine = "\n",
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static string ToJson(PageExtraction page)
    {
        ArgumentNullException.ThrowIfNull(page);
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, Options))
        {
            Write(page, writer);
        }

        return System.Text.Encoding.UTF8.GetString(buffer.ToArray());
    }

    internal static void Write(PageExtraction page, Utf8JsonWriter writer)
    {
        writer.WriteStartObject();
        writer.WriteString("layout", page.Layout);
        writer.WritePropertyName("researcher");
        WriteResearcher(page.Researcher, writer);
        writer.WriteStartArray("works");
        foreach (var work in page.Works)
        {
            WriteWork(work, writer);
        }

        writer.WriteEndArray();
        writer.WriteStartArray("related");
        foreach (var related in page.Related)
        {
            writer.WriteStartObject();
            writer.WriteString("title", related.Title);
            writer.WriteString("url", related.Url);
            WriteNumber(writer, "score", related.Score);
            writer.WriteString("date", related.Date);
            WriteStrings(writer, "summary", related.Summary);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteString("next", page.Next);
        writer.WriteEndObject();
        writer.Flush();
    }

    internal static void WriteWork(Work work, Utf8JsonWriter writer, IReadOnlyList<string>? sources = null)
    {
        writer.WriteStartObject();
        writer.WriteString("title", work.Title);
        writer.WriteString("abstract", work.Abstract);
        WriteNumber(writer, "year", work.Year);
        writer.WriteString("venue", work.Venue);
        writer.WriteString("type", work.Type);
        writer.WriteString("url", work.Url);
        writer.WriteString("arxivId", work.ArxivId);
        WriteStrings(writer, "authors", work.Authors);
        writer.WriteString("date", work.Date);
        writer.WriteString("license", work.License);
        WriteStrings(writer, "subjects", work.Subjects);
        if (sources is not null)
        {
            WriteStrings(writer, "sources", sources);
        }

        writer.WriteEndObject();
    }

    private static void WriteResearcher(ExtractedResearcher? researcher, Utf8JsonWriter writer)
    {
        if (researcher is null)
        {
            writer.WriteNullValue();
            return;
        }

        writer.WriteStartObject();
        writer.WriteString("name", researcher.Name);
        if (researcher.Profile is { } profile)
        {
            writer.WriteString("summary", profile.Summary);
            writer.WriteString("affiliation", profile.Affiliation);
            WriteStrings(writer, "roles", profile.Roles);
            WriteBoolean(writer, "openToCollaborate", profile.OpenToCollaborate);
            writer.WritePropertyName("trust");
            if (profile.Trust is { } trust)
            {
                writer.WriteStartObject();
                WriteNumber(writer, "score", trust.Score);
                writer.WriteString("label", trust.Label);
                WriteNumber(writer, "verificationLevel", trust.VerificationLevel);
                WriteBoolean(writer, "claimed", trust.Claimed);
                writer.WriteEndObject();
            }
            else
            {
                writer.WriteNullValue();
            }

            writer.WritePropertyName("counts");
            if (profile.Counts is { } counts)
            {
                writer.WriteStartObject();
                WriteNumber(writer, "works", counts.Works);
                WriteNumber(writer, "followers", counts.Followers);
                WriteNumber(writer, "topics", counts.Topics);
                WriteNumber(writer, "collaborators", counts.Collaborators);
                writer.WriteEndObject();
            }
            else
            {
                writer.WriteNullValue();
            }

            WriteStrings(writer, "topics", profile.Topics);
        }

        writer.WriteEndObject();
    }

    private static void WriteStrings(Utf8JsonWriter writer, string name, IReadOnlyList<string> values)
    {
        writer.WriteStartArray(name);
        foreach (var value in values)
        {
            writer.WriteStringValue(value);
        }

        writer.WriteEndArray();
    }

    private static void WriteNumber(Utf8JsonWriter writer, string name, int? value)
    {
        if (value is { } number)
        {
            writer.WriteNumber(name, number);
        }
        else
        {
            writer.WriteNull(name);
        }
    }

    private static void WriteNumber(Utf8JsonWriter writer, string name, double? value)
    {
        if (value is { } number)
        {
            writer.WriteNumber(name, number);
        }
        else
        {
            writer.WriteNull(name);
        }
    }

    private static void WriteBoolean(Utf8JsonWriter writer, string name, bool? value)
    {
        if (value is { } flag)
        {
            writer.WriteBoolean(name, flag);
        }
        else
        {
            writer.WriteNull(name);
        }
    }
}
