namespace ProfileFunctions.Sources;

/// <summary>What an operator asks to register, before validation (CLI arguments, an import file, the HTTP API).</summary>
public sealed record SourceRequest(string? Url, string? Layout = null, string? Researcher = null, string? Every = null);
