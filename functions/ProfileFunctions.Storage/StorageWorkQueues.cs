using Azure;
using ProfileFunctions.Queues;

namespace ProfileFunctions.Storage;

/// <summary>Azure Storage queues with Base64 messages, as the Functions queue trigger reads them.</summary>
public sealed class StorageWorkQueues(StorageClients clients, StorageWriteCounter counter) : IWorkQueues
{
    public async Task EnqueueAsync(string queue, string message, CancellationToken cancellationToken)
    {
        var client = await clients.QueueAsync(clients.Names.Queue(queue), cancellationToken);
        await client.SendMessageAsync(message, cancellationToken);
        counter.AddMessage();
    }

    public async Task<IReadOnlyList<QueuedMessage>> ReceiveAsync(string queue, int max, TimeSpan visibility, CancellationToken cancellationToken)
    {
        var client = await clients.QueueAsync(clients.Names.Queue(queue), cancellationToken);
        var received = await client.ReceiveMessagesAsync(Math.Clamp(max, 1, 32), visibility, cancellationToken);
        return received.Value.Select(message => new QueuedMessage(message.MessageId, message.PopReceipt, message.Body.ToString(), message.DequeueCount)).ToArray();
    }

    public async Task DeleteAsync(string queue, QueuedMessage message, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(message);
        var client = await clients.QueueAsync(clients.Names.Queue(queue), cancellationToken);
        try
        {
            await client.DeleteMessageAsync(message.Id, message.Receipt, cancellationToken);
        }
        catch (RequestFailedException ex) when (ex.Status == 404)
        {
            // Already deleted (or its receipt expired and another reader has it): nothing to do.
        }
    }

    public async Task ReleaseAsync(string queue, QueuedMessage message, TimeSpan delay, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(message);
        var client = await clients.QueueAsync(clients.Names.Queue(queue), cancellationToken);
        await client.UpdateMessageAsync(message.Id, message.Receipt, visibilityTimeout: delay, cancellationToken: cancellationToken);
    }

    public async Task<int> CountAsync(string queue, CancellationToken cancellationToken)
    {
        var client = await clients.QueueAsync(clients.Names.Queue(queue), cancellationToken);
        var properties = await client.GetPropertiesAsync(cancellationToken);
        return properties.Value.ApproximateMessagesCount;
    }
}
