namespace ProfileFunctions.Sources;

/// <summary>A source request that cannot be registered; the message is one line saying why.</summary>
public sealed class InvalidSourceException : Exception
{
    public InvalidSourceException()
    {
    }

    public InvalidSourceException(string message)
        : base(message)
    {
    }

    public InvalidSourceException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
