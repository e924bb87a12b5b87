using ProfileFunctions.Cli;

namespace ProfileFunctions.Tests.Support;

/// <summary>Runs the <c>profiles</c> command line in-process and captures what it prints.</summary>
internal sealed record CliRun(int ExitCode, string Out, string Error)
{
    public static Task<CliRun> RunAsync(params string[] args) => RunWithAsync(null, args);

    public static async Task<CliRun> RunWithAsync(IReadOnlyDictionary<string, string?>? settings, params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var code = await ProfilesCli.RunAsync(args, output, error, CancellationToken.None, settings);
        return new CliRun(code, output.ToString(), error.ToString());
    }

    public string[] ErrorLines => Error.Split('\n', StringSplitOptions.RemoveEmptyEntries);
}
