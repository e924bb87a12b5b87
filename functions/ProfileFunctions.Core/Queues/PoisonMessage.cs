namespace ProfileFunctions.Queues;

/// <summary>What lands in a <c>-poison</c> queue: the original message, why it kept failing, and when.</summary>
public sealed record PoisonMessage(string Message, string Reason, long DequeueCount, DateTimeOffset FailedAt);
