namespace ProfileFunctions.Queues;

/// <summary>A received message: its body and how many times it has been delivered.</summary>
public sealed record QueuedMessage(string Id, string Receipt, string Body, long DequeueCount);
