namespace ProfileFunctions.Queues;

/// <summary>Named work queues (Azure Storage queues in every host, Azurite locally).</summary>
public interface IWorkQueues
{
    Task EnqueueAsync(string queue, string message, CancellationToken cancellationToken);

    /// <summary>Up to <paramref name="max"/> messages, hidden from other readers for <paramref name="visibility"/>.</summary>
    Task<IReadOnlyList<QueuedMessage>> ReceiveAsync(string queue, int max, TimeSpan visibility, CancellationToken cancellationToken);

    Task DeleteAsync(string queue, QueuedMessage message, CancellationToken cancellationToken);

    /// <summary>Makes a message visible again after <paramref name="delay"/> (a retry).</summary>
    Task ReleaseAsync(string queue, QueuedMessage message, TimeSpan delay, CancellationToken cancellationToken);

    /// <summary>Approximate number of messages, visible or not.</summary>
    Task<int> CountAsync(string queue, CancellationToken cancellationToken);
}
