namespace ProfileFunctions.Queues;

/// <summary>How the local queue drainer retries a failed message (configuration section <c>Queues</c>).</summary>
public sealed class QueueOptions
{
    public const string Section = "Queues";

    /// <summary>Delay before a failed message is delivered again; it doubles with each delivery, up to 30 seconds.</summary>
    public TimeSpan RetryBaseDelay { get; set; } = TimeSpan.FromSeconds(1);
}
