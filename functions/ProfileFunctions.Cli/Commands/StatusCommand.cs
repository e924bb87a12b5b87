using System.Globalization;
using ProfileFunctions.Cli.Hosting;
using ProfileFunctions.Operations;
using ProfileFunctions.Crawling;
using ProfileFunctions.Sources;

namespace ProfileFunctions.Cli.Commands;

/// <summary><c>profiles status</c>: every source with its crawl state.</summary>
internal sealed class StatusCommand(IReadOnlyDictionary<string, string?>? settings = null) : ICliCommand
{
    public string Name => "status";

    public string Usage => "status [--json]";

    public async Task<int> RunAsync(IReadOnlyList<string> args, CliConsole console, CancellationToken cancellationToken)
    {
        var arguments = CliArguments.Parse(args, [], ["json"]);
        arguments.NoPositionals();
        await using var services = await CliServices.CreateAsync(settings, cancellationToken);
        var sources = await services.Get<ISourceStore>().ListAsync(cancellationToken);
        var states = (await services.Get<ICrawlStateStore>().ListAsync(cancellationToken)).ToDictionary(state => SourceKey.Of(state.Url), StringComparer.Ordinal);
        var rows = sources.Select(source => (source, states.GetValueOrDefault(source.Key))).ToArray();
        if (arguments.Flag("json"))
        {
            await console.Out.WriteLineAsync(OperatorJson.Status(rows));
            return ProfilesCli.Success;
        }

        foreach (var (source, state) in rows)
        {
            var outcome = state?.LastOutcome?.ToString().ToLowerInvariant() ?? "never crawled";
            await console.Out.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                $"{source.Url}\t{outcome}\t{state?.LastStatus}\t{state?.WorkCount ?? 0} works\tnext {state?.NextDueAt.ToString("u", CultureInfo.InvariantCulture) ?? "now"}{(state?.Reason is { } reason ? "\t" + reason : string.Empty)}"));
        }

        return ProfilesCli.Success;
    }
}
