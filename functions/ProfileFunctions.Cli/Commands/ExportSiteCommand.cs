using ProfileFunctions.Cli.Hosting;
using ProfileFunctions.Publishing;

namespace ProfileFunctions.Cli.Commands;

/// <summary><c>profiles export-site DIR</c>: the published site, written to a folder.</summary>
internal sealed class ExportSiteCommand(IReadOnlyDictionary<string, string?>? settings = null) : ICliCommand
{
    public string Name => "export-site";

    public string Usage => "export-site DIR";

    public async Task<int> RunAsync(IReadOnlyList<string> args, CliConsole console, CancellationToken cancellationToken)
    {
        var target = Path.GetFullPath(CliArguments.Parse(args, [], []).Single("DIR"));
        await using var services = await CliServices.CreateAsync(settings, cancellationToken);
        var site = services.Get<ISiteStore>();
        var paths = (await site.ListHashesAsync(string.Empty, cancellationToken)).Keys.Order(StringComparer.Ordinal).ToArray();
        foreach (var path in paths)
        {
            var file = await site.GetAsync(path, cancellationToken);
            var destination = Path.GetFullPath(Path.Combine(target, path));
            if (file is null || !destination.StartsWith(target, StringComparison.Ordinal))
            {
                continue;
            }

            Directory.CreateDirectory(Path.GetDirectoryName(destination)!);
            await File.WriteAllBytesAsync(destination, file.Content, cancellationToken);
        }

        await console.Out.WriteLineAsync($"exported {paths.Length} files to {target}");
        return ProfilesCli.Success;
    }
}
