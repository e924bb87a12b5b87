using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace ProfileFunctions.Queues;

/// <summary>
/// Works a queue until it is empty with a few workers in parallel, the way the Functions queue trigger does in
/// Azure: each message is handled through <see cref="QueueMessageHandler"/>, deleted when done, and released for
/// another delivery after a short backoff when it fails.
/// </summary>
public sealed partial class QueueDrainer(IWorkQueues queues, QueueMessageHandler handler, IOptions<QueueOptions> options, ILogger<QueueDrainer> logger)
{
    private static readonly TimeSpan Visibility = TimeSpan.FromMinutes(5);

    public async Task DrainAsync(string queue, int workers, Func<string, CancellationToken, Task> handle, CancellationToken cancellationToken)
    {
        await Parallel.ForEachAsync(Enumerable.Range(0, Math.Max(workers, 1)), cancellationToken, async (_, token) =>
        {
            while (!token.IsCancellationRequested)
            {
                var messages = await queues.ReceiveAsync(queue, 1, Visibility, token);
                if (messages.Count == 0)
                {
                    // Empty for us; stop unless messages released for a retry will become visible again soon.
                    if (await queues.CountAsync(queue, token) == 0)
                    {
                        return;
                    }

                    await Task.Delay(TimeSpan.FromMilliseconds(200), token);
                    continue;
                }

                foreach (var message in messages)
                {
                    try
                    {
                        await handler.HandleAsync(queue, message.Body, message.DequeueCount, handle, token);
                        await queues.DeleteAsync(queue, message, token);
                    }
                    catch (Exception ex) when (ex is not OperationCanceledException)
                    {
                        var delay = TimeSpan.FromTicks(Math.Min(TimeSpan.FromSeconds(30).Ticks, options.Value.RetryBaseDelay.Ticks << (int)Math.Min(message.DequeueCount - 1, 5)));
                        LogRetry(queue, message.DequeueCount, ex.Message);
                        await queues.ReleaseAsync(queue, message, delay, token);
                    }
                }
            }
        });
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Message from {Queue} failed on delivery {DequeueCount}, will retry: {Reason}")]
    private partial void LogRetry(string queue, long dequeueCount, string reason);
}
