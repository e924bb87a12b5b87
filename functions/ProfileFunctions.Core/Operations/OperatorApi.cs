using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using ProfileFunctions.Crawling;
using ProfileFunctions.Queues;
using ProfileFunctions.Researchers;
using ProfileFunctions.Sources;

namespace ProfileFunctions.Operations;

/// <summary>
/// The operator API, host-agnostic: the Functions HTTP triggers and <c>profiles serve</c> hand it the route, the
/// method and the body, and return what it answers. JSON in and out; 202 for queued work. Only registered sources
/// can be crawled, so the API cannot be used to make the app fetch arbitrary addresses. Hosts authenticate first
/// (function keys) and cut bodies at <see cref="MaxBodyBytes"/> (413).
/// </summary>
public sealed class OperatorApi(
    SourceService sources,
    ISourceStore sourceStore,
    ICrawlStateStore states,
    IMentionStore mentions,
    IResearcherStore researchers,
    IWorkQueues queues)
{
    /// <summary>Largest request body accepted; hosts answer 413 past it.</summary>
    public const int MaxBodyBytes = 64 * 1024;

    /// <summary>
    /// Reads a request body up to <see cref="MaxBodyBytes"/>, never more than one byte past it whatever the client
    /// sends; null when it is larger (the host answers 413).
    /// </summary>
    public static async Task<string?> ReadBodyAsync(Stream body, long? contentLength, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(body);
        if (contentLength > MaxBodyBytes)
        {
            return null;
        }

        var buffer = new byte[MaxBodyBytes + 1];
        var total = 0;
        int read;
        while (total < buffer.Length && (read = await body.ReadAsync(buffer.AsMemory(total), cancellationToken)) > 0)
        {
            total += read;
        }

        return total > MaxBodyBytes ? null : System.Text.Encoding.UTF8.GetString(buffer, 0, total);
    }

    /// <summary>The 413 answer for a body over <see cref="MaxBodyBytes"/>.</summary>
    public static OperatorResponse TooLarge() => Error(413, $"request body larger than {MaxBodyBytes} bytes");

    private static readonly JsonSerializerOptions Output = new() { WriteIndented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public async Task<OperatorResponse> HandleAsync(string method, string route, string? body, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(method);
        ArgumentNullException.ThrowIfNull(route);
        var path = route.Trim('/').ToLowerInvariant();
        try
        {
            return (method.ToUpperInvariant(), path) switch
            {
                ("POST", "ops/recrawl") => await RecrawlAsync(Read(body), cancellationToken),
                ("POST", "ops/sources") => await AddSourceAsync(Read(body), cancellationToken),
                ("DELETE", "ops/sources") => await RemoveSourceAsync(Read(body), cancellationToken),
                ("GET", "ops/status") => await StatusAsync(cancellationToken),
                ("POST", "ops/render") => await RenderAsync(Read(body), cancellationToken),
                (_, "ops/recrawl" or "ops/sources" or "ops/status" or "ops/render") => Error(405, $"{method} is not allowed on /api/{path}"),
                _ => Error(404, $"no operator endpoint /api/{path}"),
            };
        }
        catch (BadRequestException ex)
        {
            return Error(400, ex.Message);
        }
        catch (InvalidSourceException ex)
        {
            return Error(400, ex.Message);
        }
    }

    private async Task<OperatorResponse> RecrawlAsync(JsonObject request, CancellationToken cancellationToken)
    {
        var urls = new List<string>();
        if (Text(request, "url") is { } url)
        {
            var source = await sourceStore.FindAsync(url, cancellationToken);
            if (source is null)
            {
                return Error(404, $"'{url}' is not a registered source; only registered sources are crawled");
            }

            urls.Add(source.Url);
        }
        else if (Text(request, "researcher") is { } slug)
        {
            var about = (await mentions.ListAsync(slug, cancellationToken)).Where(mention => mention.Role == Mention.About).Select(mention => mention.SourceUrl).ToArray();
            if (about.Length == 0)
            {
                return Error(404, $"no registered source is about '{slug}'");
            }

            urls.AddRange(about);
        }
        else if (request["all"] is JsonValue all && all.TryGetValue<bool>(out var yes) && yes)
        {
            urls.AddRange((await sourceStore.ListAsync(cancellationToken)).Select(source => source.Url));
        }
        else
        {
            throw new BadRequestException("give one of {\"url\": ...}, {\"researcher\": slug} or {\"all\": true}");
        }

        foreach (var queued in urls)
        {
            await queues.EnqueueAsync(QueueNames.CrawlRequests, QueueMessages.Write(new CrawlRequestMessage(queued)), cancellationToken);
        }

        return Json(202, new JsonObject { ["queued"] = Array(urls) });
    }

    private async Task<OperatorResponse> AddSourceAsync(JsonObject request, CancellationToken cancellationToken)
    {
        var unknown = request.Select(property => property.Key).Where(key => key is not ("url" or "layout" or "researcher" or "every")).ToArray();
        if (unknown.Length > 0)
        {
            throw new BadRequestException($"unknown field '{unknown[0]}' (expected url, layout, researcher, every)");
        }

        var source = await sources.AddAsync(new SourceRequest(Text(request, "url"), Text(request, "layout"), Text(request, "researcher"), Text(request, "every")), cancellationToken);
        return Json(201, new JsonObject
        {
            ["url"] = source.Url,
            ["layout"] = source.Layout ?? "auto",
            ["researcher"] = source.Researcher,
            ["every"] = CrawlInterval.Format(source.Interval),
        });
    }

    private async Task<OperatorResponse> RemoveSourceAsync(JsonObject request, CancellationToken cancellationToken)
    {
        var url = Text(request, "url") ?? throw new BadRequestException("give the source to remove as {\"url\": ...}");
        return await sources.RemoveAsync(url, cancellationToken)
            ? Json(200, new JsonObject { ["removed"] = url })
            : Error(404, $"'{url}' is not a registered source");
    }

    private async Task<OperatorResponse> StatusAsync(CancellationToken cancellationToken)
    {
        var registered = await sourceStore.ListAsync(cancellationToken);
        var byKey = (await states.ListAsync(cancellationToken)).ToDictionary(state => SourceKey.Of(state.Url), StringComparer.Ordinal);
        var rows = registered.Select(source => (source, byKey.GetValueOrDefault(source.Key))).ToArray();
        var queueDepths = new JsonObject();
        foreach (var queue in new[] { QueueNames.CrawlRequests, QueueNames.RenderRequests })
        {
            queueDepths[queue] = await queues.CountAsync(queue, cancellationToken);
            queueDepths[QueueNames.Poison(queue)] = await queues.CountAsync(QueueNames.Poison(queue), cancellationToken);
        }

        return Json(200, new JsonObject
        {
            ["sources"] = JsonNode.Parse(OperatorJson.Status(rows)),
            ["queues"] = queueDepths,
        });
    }

    private async Task<OperatorResponse> RenderAsync(JsonObject request, CancellationToken cancellationToken)
    {
        string[] slugs;
        if (Text(request, "researcher") is { } slug)
        {
            if (await researchers.GetAsync(slug, cancellationToken) is null)
            {
                return Error(404, $"no researcher '{slug}'");
            }

            slugs = [slug];
        }
        else if (request["all"] is JsonValue all && all.TryGetValue<bool>(out var yes) && yes)
        {
            slugs = (await researchers.ListSlugsAsync(cancellationToken)).ToArray();
        }
        else
        {
            throw new BadRequestException("give one of {\"researcher\": slug} or {\"all\": true}");
        }

        foreach (var one in slugs)
        {
            await queues.EnqueueAsync(QueueNames.RenderRequests, QueueMessages.Write(new RenderRequestMessage(one)), cancellationToken);
        }

        return Json(202, new JsonObject { ["queued"] = Array(slugs) });
    }

    private static JsonObject Read(string? body)
    {
        if (string.IsNullOrWhiteSpace(body))
        {
            throw new BadRequestException("the request needs a JSON object body");
        }

        try
        {
            return JsonNode.Parse(body) as JsonObject ?? throw new BadRequestException("the request body must be a JSON object");
        }
        catch (JsonException ex)
        {
            throw new BadRequestException($"the request body is not valid JSON: {ex.Message.Split('\n')[0]}");
        }
    }

    private static string? Text(JsonObject request, string name) => request[name] switch
    {
        null => null,
        JsonValue value when value.TryGetValue<string>(out var text) => text,
        _ => throw new BadRequestException($"'{name}' must be a string"),
    };

    private static JsonArray Array(IEnumerable<string> values) => new(values.Select(value => (JsonNode?)JsonValue.Create(value)).ToArray());

    private static OperatorResponse Json(int status, JsonNode body) => new(status, body.ToJsonString(Output));

    private static OperatorResponse Error(int status, string message) => Json(status, new JsonObject { ["error"] = message });

    private sealed class BadRequestException(string message) : Exception(message);
}
