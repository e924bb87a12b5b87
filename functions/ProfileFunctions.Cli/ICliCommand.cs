namespace ProfileFunctions.Cli;

/// <summary>One <c>profiles</c> command: parses its arguments and calls one Core service.</summary>
internal interface ICliCommand
{
    string Name { get; }

    string Usage { get; }

    Task<int> RunAsync(IReadOnlyList<string> args, CliConsole console, CancellationToken cancellationToken);
}
