namespace ProfileFunctions.Cli;

/// <summary>The command line itself is wrong (exit code 2).</summary>
internal sealed class CliUsageException(string message) : Exception(message);
