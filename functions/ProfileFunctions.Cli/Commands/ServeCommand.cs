using System.Globalization;
using ProfileFunctions.Cli.Hosting;
using ProfileFunctions.Publishing;

namespace ProfileFunctions.Cli.Commands;

/// <summary><c>profiles serve</c>: the published site on 127.0.0.1, as the Azure static website serves it, until Ctrl+C.</summary>
internal sealed class ServeCommand(IReadOnlyDictionary<string, string?>? settings = null) : ICliCommand
{
    public string Name => "serve";

    public string Usage => "serve [--port 8080]";

    public async Task<int> RunAsync(IReadOnlyList<string> args, CliConsole console, CancellationToken cancellationToken)
    {
        var arguments = CliArguments.Parse(args, ["port"], []);
        arguments.NoPositionals();
        var port = Port(arguments.Option("port"));
        await using var services = await CliServices.CreateAsync(settings, cancellationToken);
        var key = services.Get<Microsoft.Extensions.Configuration.IConfiguration>()[OperatorEndpoint.KeySetting];
        await using var server = await StartAsync(services.Get<ISiteStore>(), port, cancellationToken, new OperatorEndpoint(services.Get<Operations.OperatorApi>(), key));
        await console.Out.WriteLineAsync($"serving the site at {server.Url} (Ctrl+C to stop)");
        await console.Out.WriteLineAsync(string.IsNullOrEmpty(key) ? "operator API off: set PROFILES_API_KEY to enable /api/ops/" : $"operator API at {server.Url}api/ops/ (x-functions-key)");
        await console.Out.FlushAsync(cancellationToken);
        try
        {
            await Task.Delay(Timeout.Infinite, cancellationToken);
        }
        catch (OperationCanceledException)
        {
            // Ctrl+C: stop serving.
        }

        return ProfilesCli.Success;
    }

    internal static int Port(string? text) =>
        text is null ? 8080
        : int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var port) && port is >= 0 and <= 65535 ? port
        : throw new CliUsageException($"--port must be a number from 0 to 65535, got '{text}'");

    internal static async Task<LoopbackWebServer> StartAsync(ISiteStore site, int port, CancellationToken cancellationToken, OperatorEndpoint? operators = null)
    {
        try
        {
            return await StaticSiteServer.StartAsync(site, port, cancellationToken, operators);
        }
        catch (IOException ex)
        {
            throw new CliFailureException($"cannot listen on 127.0.0.1:{port}: {ex.Message}");
        }
    }
}
