using System.Text.Json;
using Microsoft.Extensions.Logging;
using ProfileFunctions.Serialization;

namespace ProfileFunctions.Queues;

/// <summary>
/// Runs one queue message through a handler with the delivery rules both hosts share: a message that cannot be
/// read, or that fails on its last allowed delivery, goes to the <c>-poison</c> queue with the reason instead of
/// failing again; any other failure is rethrown so the host delivers it again (the Functions runtime, or
/// <see cref="QueueDrainer"/> locally).
/// </summary>
public sealed partial class QueueMessageHandler(IWorkQueues queues, TimeProvider time, ILogger<QueueMessageHandler> logger)
{
    /// <returns>True when the message was handled, false when it was moved to the poison queue.</returns>
    public async Task<bool> HandleAsync(string queue, string body, long dequeueCount, Func<string, CancellationToken, Task> handle, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(handle);
        try
        {
            await handle(body, cancellationToken);
            return true;
        }
        catch (Exception ex) when (ex is not OperationCanceledException && (ex is UnreadableMessageException || dequeueCount >= QueueNames.MaxDequeueCount))
        {
            var poison = new PoisonMessage(body, ex.Message, dequeueCount, time.GetUtcNow());
            await queues.EnqueueAsync(QueueNames.Poison(queue), JsonSerializer.Serialize(poison, ProfileJsonContext.Default.PoisonMessage), cancellationToken);
            LogPoisoned(queue, dequeueCount, ex.Message);
            return false;
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Message from {Queue} moved to poison after {DequeueCount} deliveries: {Reason}")]
    private partial void LogPoisoned(string queue, long dequeueCount, string reason);
}
