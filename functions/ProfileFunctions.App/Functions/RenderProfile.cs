using Azure.Storage.Queues.Models;
using Microsoft.Azure.Functions.Worker;
using ProfileFunctions.Publishing;
using ProfileFunctions.Queues;

namespace ProfileFunctions.App.Functions;

/// <summary>Queue trigger on render-requests: one researcher's page published (or removed).</summary>
public sealed class RenderProfile(QueueMessageHandler handler, SitePublisher publisher)
{
    [Function(nameof(RenderProfile))]
    public Task Run([QueueTrigger(QueueNames.RenderRequests, Connection = "AzureWebJobsStorage")] QueueMessage message, CancellationToken cancellationToken) =>
        handler.HandleAsync(QueueNames.RenderRequests, message.Body.ToString(), message.DequeueCount,
            (body, token) => publisher.PublishResearcherAsync(QueueMessages.ReadRenderRequest(body).Slug, token), cancellationToken);
}
