namespace ProfileFunctions.Cli;

/// <summary>The command could not do its job for a reason the operator can act on (exit code 1).</summary>
internal sealed class CliFailureException(string message) : Exception(message);
