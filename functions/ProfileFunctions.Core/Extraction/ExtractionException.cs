namespace ProfileFunctions.Extraction;

/// <summary>A page or layout that cannot be read at all; the message is one line meant for an operator.</summary>
public sealed class ExtractionException : Exception
{
    public ExtractionException()
    {
    }

    public ExtractionException(string message)
        : base(message)
    {
    }

    public ExtractionException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
