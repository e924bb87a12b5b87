using System.Globalization;
using ProfileFunctions.Cli.Hosting;
using ProfileFunctions.Operations;
using ProfileFunctions.Sources;

namespace ProfileFunctions.Cli.Commands;

/// <summary><c>profiles sources add|list|remove|import</c>: the operator's list of pages to crawl.</summary>
internal sealed class SourcesCommand(IReadOnlyDictionary<string, string?>? settings = null) : ICliCommand
{
    public string Name => "sources";

    public string Usage => "sources add URL [--layout NAME] [--researcher NAME] [--every 1d] | sources list [--json] | sources remove URL | sources import FILE.json";

    public async Task<int> RunAsync(IReadOnlyList<string> args, CliConsole console, CancellationToken cancellationToken)
    {
        var verb = args.Count > 0 ? args[0] : throw new CliUsageException("missing add, list, remove or import");
        var rest = args.Skip(1).ToArray();
        switch (verb)
        {
            case "add":
            {
                var arguments = CliArguments.Parse(rest, ["layout", "researcher", "every"], []);
                var request = new SourceRequest(arguments.Single("URL"), arguments.Option("layout"), arguments.Option("researcher"), arguments.Option("every"));
                await using var services = await CliServices.CreateAsync(settings, cancellationToken);
                var source = await Run(() => services.Get<SourceService>().AddAsync(request, cancellationToken));
                await console.Out.WriteLineAsync($"registered {source.Url} (layout {source.Layout ?? "auto"}, every {CrawlInterval.Format(source.Interval)}{(source.Researcher is null ? string.Empty : $", about {source.Researcher}")})");
                return ProfilesCli.Success;
            }

            case "list":
            {
                var arguments = CliArguments.Parse(rest, [], ["json"]);
                arguments.NoPositionals();
                await using var services = await CliServices.CreateAsync(settings, cancellationToken);
                var sources = await services.Get<SourceService>().ListAsync(cancellationToken);
                if (arguments.Flag("json"))
                {
                    await console.Out.WriteLineAsync(OperatorJson.Sources(sources));
                }
                else
                {
                    foreach (var source in sources)
                    {
                        await console.Out.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"{source.Url}\t{source.Layout ?? "auto"}\t{CrawlInterval.Format(source.Interval)}\t{source.Researcher}"));
                    }
                }

                return ProfilesCli.Success;
            }

            case "remove":
            {
                var url = CliArguments.Parse(rest, [], []).Single("URL");
                await using var services = await CliServices.CreateAsync(settings, cancellationToken);
                if (!await services.Get<SourceService>().RemoveAsync(url, cancellationToken))
                {
                    throw new CliFailureException($"'{url}' is not a registered source");
                }

                await console.Out.WriteLineAsync($"removed {url}");
                return ProfilesCli.Success;
            }

            case "import":
            {
                var file = CliArguments.Parse(rest, [], []).Single("FILE.json");
                if (!File.Exists(file))
                {
                    throw new CliFailureException($"file not found: {file}");
                }

                var json = await File.ReadAllTextAsync(file, cancellationToken);
                await using var services = await CliServices.CreateAsync(settings, cancellationToken);
                var imported = await Run(() => services.Get<SourceService>().ImportAsync(json, cancellationToken));
                await console.Out.WriteLineAsync($"imported {imported.Count} sources");
                return ProfilesCli.Success;
            }

            default:
                throw new CliUsageException($"unknown sources command '{verb}' (expected add, list, remove or import)");
        }
    }

    private static async Task<T> Run<T>(Func<Task<T>> action)
    {
        try
        {
            return await action();
        }
        catch (InvalidSourceException ex)
        {
            throw new CliFailureException(ex.Message);
        }
    }
}
