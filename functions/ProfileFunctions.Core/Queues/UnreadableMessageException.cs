namespace ProfileFunctions.Queues;

/// <summary>A message that no retry can fix (not JSON, wrong shape): it goes to the poison queue at once.</summary>
public sealed class UnreadableMessageException : Exception
{
    public UnreadableMessageException()
    {
    }

    public UnreadableMessageException(string message)
        : base(message)
    {
    }

    public UnreadableMessageException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
