namespace ProfileFunctions.Extraction;

/// <summary>A layout document that cannot be compiled: where in the JSON, and why.</summary>
public sealed class LayoutDefinitionException : Exception
{
    public LayoutDefinitionException()
    {
    }

    public LayoutDefinitionException(string message)
        : base(message)
    {
    }

    public LayoutDefinitionException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public LayoutDefinitionException(string path, string reason)
        : base($"{path}: {reason}")
    {
        Path = path;
        Reason = reason;
    }

    /// <summary>Where in the document the problem is, as a JSON path such as <c>works.fields.title.selector</c>.</summary>
    public string? Path { get; }

    /// <summary>What is wrong there.</summary>
    public string? Reason { get; }
}
