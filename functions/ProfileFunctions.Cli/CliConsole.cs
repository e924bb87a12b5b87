namespace ProfileFunctions.Cli;

/// <summary>Where a command writes: results to <see cref="Out"/>, progress, warnings and errors to <see cref="Error"/>.</summary>
internal sealed class CliConsole(TextWriter output, TextWriter error)
{
    public TextWriter Out { get; } = output;

    public TextWriter Error { get; } = error;

    public void Warn(string message) => Error.WriteLine($"warning: {message}");
}
