namespace ProfileFunctions.Queues;

/// <summary>A <c>render-requests</c> message: render (or remove) this researcher's page.</summary>
public sealed record RenderRequestMessage(string Slug);
