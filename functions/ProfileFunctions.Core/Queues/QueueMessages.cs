using System.Text.Json;
using ProfileFunctions.Serialization;

namespace ProfileFunctions.Queues;

/// <summary>Reads queue message bodies, turning malformed ones into <see cref="UnreadableMessageException"/>.</summary>
public static class QueueMessages
{
    public static CrawlRequestMessage ReadCrawlRequest(string body) =>
        Read(body, text => JsonSerializer.Deserialize(text, ProfileJsonContext.Default.CrawlRequestMessage), message => !string.IsNullOrWhiteSpace(message.Url), "a crawl request needs a url");

    public static RenderRequestMessage ReadRenderRequest(string body) =>
        Read(body, text => JsonSerializer.Deserialize(text, ProfileJsonContext.Default.RenderRequestMessage), message => !string.IsNullOrWhiteSpace(message.Slug), "a render request needs a slug");

    public static string Write(CrawlRequestMessage message) => JsonSerializer.Serialize(message, ProfileJsonContext.Default.CrawlRequestMessage);

    public static string Write(RenderRequestMessage message) => JsonSerializer.Serialize(message, ProfileJsonContext.Default.RenderRequestMessage);

    private static T Read<T>(string body, Func<string, T?> parse, Func<T, bool> valid, string missing)
        where T : class
    {
        T? message;
        try
        {
            message = parse(body);
        }
        catch (JsonException ex)
        {
            throw new UnreadableMessageException($"message is not valid JSON: {ex.Message}", ex);
        }

        return message is not null && valid(message) ? message : throw new UnreadableMessageException(missing);
    }
}
