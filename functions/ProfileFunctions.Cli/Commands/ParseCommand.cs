using ProfileFunctions.Extraction;

namespace ProfileFunctions.Cli.Commands;

/// <summary><c>profiles parse</c>: one page (file or URL) to the extraction JSON on stdout.</summary>
internal sealed class ParseCommand : ICliCommand
{
    public string Name => "parse";

    public string Usage => "parse <file|url> [--layout NAME] [--base-url URL] [--researcher NAME] [--layouts DIR]";

    public async Task<int> RunAsync(IReadOnlyList<string> args, CliConsole console, CancellationToken cancellationToken)
    {
        var arguments = CliArguments.Parse(args, ["layout", "base-url", "researcher", "layouts"], []);
        var input = arguments.Single("<file|url>");
        var baseUrl = arguments.Option("base-url") is { } text ? AbsoluteHttpUrl(text, "--base-url") : null;
        var catalog = arguments.Option("layouts") is { } directory ? LayoutCatalog.WithDirectory(directory) : LayoutCatalog.BuiltIn();
        var layout = arguments.Option("layout");
        if (layout is not null && !catalog.Contains(layout))
        {
            throw new CliFailureException($"unknown layout '{layout}' (known: {string.Join(", ", catalog.Names.Order(StringComparer.Ordinal))})");
        }

        var (content, documentUrl, contentType) = await ReadInputAsync(input, cancellationToken);
        var page = new PageExtractor(catalog).Extract(content, new ExtractionRequest(documentUrl, contentType, layout, baseUrl, arguments.Option("researcher")));

        foreach (var warning in page.Warnings)
        {
            console.Warn(warning);
        }

        await console.Out.WriteLineAsync(ExtractionJson.ToJson(page));
        return ProfilesCli.Success;
    }

    private static async Task<(byte[] Content, Uri Url, string? ContentType)> ReadInputAsync(string input, CancellationToken cancellationToken)
    {
        if (Uri.TryCreate(input, UriKind.Absolute, out var url) && (url.Scheme == Uri.UriSchemeHttp || url.Scheme == Uri.UriSchemeHttps))
        {
            using var client = new HttpClient { Timeout = TimeSpan.FromSeconds(30) };
            client.DefaultRequestHeaders.UserAgent.ParseAdd("ProfileFunctions/1.0 (+profiles parse)");
            try
            {
                using var response = await client.GetAsync(url, cancellationToken);
                if (!response.IsSuccessStatusCode)
                {
                    throw new CliFailureException($"GET {url} answered {(int)response.StatusCode} {response.ReasonPhrase}");
                }

                var mediaType = response.Content.Headers.ContentType?.MediaType;
                if (mediaType is not null && !mediaType.Contains("html", StringComparison.OrdinalIgnoreCase))
                {
                    throw new CliFailureException($"not an HTML page: {url} is {mediaType}");
                }

                var bytes = await response.Content.ReadAsByteArrayAsync(cancellationToken);
                return (bytes, response.RequestMessage?.RequestUri ?? url, response.Content.Headers.ContentType?.ToString());
            }
            catch (HttpRequestException ex)
            {
                throw new CliFailureException($"GET {url} failed: {ex.Message}");
            }
            catch (TaskCanceledException) when (!cancellationToken.IsCancellationRequested)
            {
                throw new CliFailureException($"GET {url} timed out");
            }
        }

        var path = Path.GetFullPath(input);
        if (Directory.Exists(path))
        {
            throw new CliFailureException($"not a file: {input} is a folder");
        }

        if (!File.Exists(path))
        {
            throw new CliFailureException($"file not found: {input}");
        }

        return (await File.ReadAllBytesAsync(path, cancellationToken), new Uri(path), null);
    }

    internal static Uri AbsoluteHttpUrl(string text, string option) =>
        Uri.TryCreate(text, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps)
            ? uri
            : throw new CliUsageException($"{option} must be an absolute http(s) URL, got '{text}'");
}
