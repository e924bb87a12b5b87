using System.Text.Encodings.Web;
using System.Text.Json;
using ProfileFunctions.Crawling;
using ProfileFunctions.Extraction;
using ProfileFunctions.Researchers;
using ProfileFunctions.Sources;

namespace ProfileFunctions.Operations;

/// <summary>
/// The JSON operators read, from the CLI's <c>--json</c> views and the operator API alike: researchers (works in the
/// <c>profiles parse</c> shape, each with its sources), sources, and crawl status. camelCase, nulls kept.
/// </summary>
public static class OperatorJson
{
    private static readonly JsonWriterOptions Options = new() { Indented = true, NewLine = "\n", Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static string Researchers(IReadOnlyList<ResearcherRecord> researchers) => Write(writer =>
    {
        writer.WriteStartArray();
        foreach (var researcher in researchers)
        {
            writer.WriteStartObject();
            writer.WriteString("slug", researcher.Slug);
            writer.WriteString("name", researcher.Name);
            Strings(writer, "alternateNames", researcher.AlternateNames);
            writer.WriteString("affiliation", researcher.Profile?.Affiliation);
            writer.WriteString("summary", researcher.Profile?.Summary);
            writer.WriteStartArray("works");
            foreach (var work in researcher.Works)
            {
                ExtractionJson.WriteWork(work.Work, writer, work.Sources);
            }

            writer.WriteEndArray();
            Strings(writer, "sources", researcher.Sources.Select(source => source.Url).ToArray());
            writer.WriteStartArray("collaborators");
            foreach (var collaborator in researcher.Collaborators)
            {
                writer.WriteStartObject();
                writer.WriteString("name", collaborator.Name);
                writer.WriteNumber("count", collaborator.Count);
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
            Strings(writer, "topics", researcher.Topics);
            writer.WriteString("changedAt", researcher.ChangedAt);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
    });

    public static string Sources(IReadOnlyList<Source> sources) => Write(writer =>
    {
        writer.WriteStartArray();
        foreach (var source in sources)
        {
            WriteSource(writer, source);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
    });

    public static string Status(IReadOnlyList<(Source Source, CrawlState? State)> rows) => Write(writer =>
    {
        writer.WriteStartArray();
        foreach (var (source, state) in rows)
        {
            WriteSource(writer, source);
            writer.WriteString("lastAttemptAt", state?.LastAttemptAt?.ToString("O", System.Globalization.CultureInfo.InvariantCulture));
            if (state?.LastStatus is { } status)
            {
                writer.WriteNumber("lastStatus", status);
            }
            else
            {
                writer.WriteNull("lastStatus");
            }

            writer.WriteString("lastOutcome", state?.LastOutcome?.ToString().ToLowerInvariant());
            writer.WriteString("reason", state?.Reason);
            writer.WriteNumber("consecutiveFailures", state?.ConsecutiveFailures ?? 0);
            writer.WriteString("nextDueAt", state?.NextDueAt.ToString("O", System.Globalization.CultureInfo.InvariantCulture));
            writer.WriteNumber("works", state?.WorkCount ?? 0);
            writer.WriteNumber("pages", state?.Pages ?? 0);
            writer.WriteString("changedAt", state?.ChangedAt?.ToString("O", System.Globalization.CultureInfo.InvariantCulture));
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
    });

    private static void WriteSource(Utf8JsonWriter writer, Source source)
    {
        writer.WriteStartObject();
        writer.WriteString("url", source.Url);
        writer.WriteString("layout", source.Layout ?? "auto");
        writer.WriteString("researcher", source.Researcher);
        writer.WriteString("every", CrawlInterval.Format(source.Interval));
        writer.WriteString("addedAt", source.AddedAt);
    }

    private static void Strings(Utf8JsonWriter writer, string name, IEnumerable<string> values)
    {
        writer.WriteStartArray(name);
        foreach (var value in values)
        {
            writer.WriteStringValue(value);
        }

        writer.WriteEndArray();
    }

    private static string Write(Action<Utf8JsonWriter> write)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, Options))
        {
            write(writer);
        }

        return System.Text.Encoding.UTF8.GetString(buffer.ToArray());
    }
}
