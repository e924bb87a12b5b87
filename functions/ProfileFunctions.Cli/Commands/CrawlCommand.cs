using System.Globalization;
using ProfileFunctions.Cli.Hosting;
using ProfileFunctions.Crawling;
using ProfileFunctions.Sources;
using ProfileFunctions.Storage;

namespace ProfileFunctions.Cli.Commands;

/// <summary><c>profiles crawl</c>: queue the due sources, then drain the crawl queue with a few workers, showing progress.</summary>
internal sealed class CrawlCommand(IReadOnlyDictionary<string, string?>? settings = null) : ICliCommand
{
    public string Name => "crawl";

    public string Usage => "crawl [--source URL] [--force] [--workers 4]";

    public async Task<int> RunAsync(IReadOnlyList<string> args, CliConsole console, CancellationToken cancellationToken)
    {
        var arguments = CliArguments.Parse(args, ["source", "workers"], ["force"]);
        arguments.NoPositionals();
        var workers = 4;
        if (arguments.Option("workers") is { } text && (!int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out workers) || workers is < 1 or > 64))
        {
            throw new CliUsageException($"--workers must be a whole number from 1 to 64, got '{text}'");
        }

        await using var services = await CliServices.CreateAsync(settings, cancellationToken);
        var writes = services.Get<StorageWriteCounter>();
        CrawlProgress? last;
        try
        {
            last = await services.Get<CrawlRun>().RunAsync(arguments.Option("source"), arguments.Flag("force"), workers, progress =>
            {
                var report = progress.Last;
                console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"[{progress.Done}/{progress.Total}] {report.Outcome.ToString().ToLowerInvariant(),-9} {report.Url}{(report.Reason is null ? string.Empty : " - " + report.Reason)}"));
            }, cancellationToken);
        }
        catch (InvalidSourceException ex)
        {
            throw new CliFailureException(ex.Message);
        }

        var summary = last is null
            ? "nothing to crawl: no source is due (use --force to crawl them all)"
            : string.Create(CultureInfo.InvariantCulture, $"crawled {last.Done} sources: {last.Changed} changed, {last.Unchanged} unchanged, {last.Failed} failed or blocked ({writes.Total} storage writes)");
        await console.Out.WriteLineAsync(summary);
        return ProfilesCli.Success;
    }
}
