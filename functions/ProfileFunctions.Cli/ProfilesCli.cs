namespace ProfileFunctions.Cli;

/// <summary>The <c>profiles</c> command line: dispatches to a command and turns failures into one line on stderr.</summary>
internal static class ProfilesCli
{
    public const int Success = 0;
    public const int Failure = 1;
    public const int UsageError = 2;

    // settings: configuration on top of the environment (tests point storage and politeness here).
    public static async Task<int> RunAsync(IReadOnlyList<string> args, TextWriter output, TextWriter error, CancellationToken cancellationToken, IReadOnlyDictionary<string, string?>? settings = null)
    {
        var console = new CliConsole(output, error);
        var commands = CreateCommands(settings);
        if (args.Count == 0 || args[0] is "-h" or "--help" or "help")
        {
            WriteHelp(commands, args.Count == 0 ? error : output);
            return args.Count == 0 ? UsageError : Success;
        }

        var command = commands.FirstOrDefault(candidate => candidate.Name == args[0]);
        if (command is null)
        {
            await error.WriteLineAsync($"error: unknown command '{args[0]}' (commands: {string.Join(", ", commands.Select(c => c.Name))})");
            return UsageError;
        }

        try
        {
            return await command.RunAsync(args.Skip(1).ToArray(), console, cancellationToken);
        }
        catch (CliUsageException ex)
        {
            await error.WriteLineAsync($"error: {ex.Message}");
            await error.WriteLineAsync($"usage: profiles {command.Usage}");
            return UsageError;
        }
        catch (Exception ex) when (ex is CliFailureException or Extraction.ExtractionException or Rendering.TemplateException)
        {
            await error.WriteLineAsync($"error: {ex.Message}");
            return Failure;
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            await error.WriteLineAsync("error: cancelled");
            return Failure;
        }
    }

    private static ICliCommand[] CreateCommands(IReadOnlyDictionary<string, string?>? settings) =>
    [
        new Commands.ParseCommand(),
        new Commands.SourcesCommand(settings),
        new Commands.CrawlCommand(settings),
        new Commands.ResearchersCommand(settings),
        new Commands.StatusCommand(settings),
        new Commands.RenderCommand(settings),
        new Commands.ExportSiteCommand(settings),
        new Commands.ServeCommand(settings),
        new Commands.DemoCommand(settings),
    ];

    private static void WriteHelp(IEnumerable<ICliCommand> commands, TextWriter writer)
    {
        writer.WriteLine("profiles: scrape researcher listing pages and publish static profile pages");
        writer.WriteLine();
        writer.WriteLine("usage:");
        foreach (var command in commands)
        {
            writer.WriteLine($"  profiles {command.Usage}");
        }
    }
}
