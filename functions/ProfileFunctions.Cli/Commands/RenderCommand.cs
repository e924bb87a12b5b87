using ProfileFunctions.Cli.Hosting;
using ProfileFunctions.Publishing;

namespace ProfileFunctions.Cli.Commands;

/// <summary><c>profiles render</c>: publish queued researcher pages (or all, or one), then the site-wide files once.</summary>
internal sealed class RenderCommand(IReadOnlyDictionary<string, string?>? settings = null) : ICliCommand
{
    public string Name => "render";

    public string Usage => "render [--all | --researcher SLUG]";

    public async Task<int> RunAsync(IReadOnlyList<string> args, CliConsole console, CancellationToken cancellationToken)
    {
        var arguments = CliArguments.Parse(args, ["researcher"], ["all"]);
        arguments.NoPositionals();
        if (arguments.Flag("all") && arguments.Option("researcher") is not null)
        {
            throw new CliUsageException("--all and --researcher cannot be combined");
        }

        await using var services = await CliServices.CreateAsync(settings, cancellationToken);
        var publisher = services.Get<SitePublisher>();
        PublishReport report;
        if (arguments.Flag("all"))
        {
            report = await publisher.PublishAllAsync(cancellationToken);
        }
        else if (arguments.Option("researcher") is { } slug)
        {
            var one = await publisher.PublishResearcherAsync(slug, cancellationToken);
            if (one.Rendered == 0 && one.Deleted == 0)
            {
                throw new CliFailureException($"no researcher '{slug}' (see profiles researchers)");
            }

            var rest = await publisher.PublishSiteAsync(cancellationToken);
            report = new PublishReport(one.Rendered + rest.Rendered, one.Uploaded + rest.Uploaded, one.Deleted + rest.Deleted);
        }
        else
        {
            report = await publisher.PublishQueuedAsync(workers: 4, cancellationToken);
        }

        await console.Out.WriteLineAsync($"rendered {report.Rendered} files: {report.Uploaded} uploaded, {report.Rendered - report.Uploaded} unchanged, {report.Deleted} deleted");
        return ProfilesCli.Success;
    }
}
