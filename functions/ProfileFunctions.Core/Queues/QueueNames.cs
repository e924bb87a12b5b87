namespace ProfileFunctions.Queues;

/// <summary>The queues, named as the Functions triggers name them (at most 56 characters, so "-poison" fits).</summary>
public static class QueueNames
{
    public const string CrawlRequests = "crawl-requests";
    public const string RenderRequests = "render-requests";
    public const string PoisonSuffix = "-poison";

    /// <summary>Deliveries before a message is moved to the poison queue (the Functions default, host.json maxDequeueCount).</summary>
    public const int MaxDequeueCount = 5;

    public static string Poison(string queue) => queue + PoisonSuffix;
}
