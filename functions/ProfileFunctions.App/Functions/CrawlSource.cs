using Azure.Storage.Queues.Models;
using Microsoft.Azure.Functions.Worker;
using ProfileFunctions.Crawling;
using ProfileFunctions.Queues;

namespace ProfileFunctions.App.Functions;

/// <summary>Queue trigger on crawl-requests: one source fetched, extracted and merged; render requests queued.</summary>
public sealed class CrawlSource(QueueMessageHandler handler, SourceCrawler crawler)
{
    [Function(nameof(CrawlSource))]
    public Task Run([QueueTrigger(QueueNames.CrawlRequests, Connection = "AzureWebJobsStorage")] QueueMessage message, CancellationToken cancellationToken) =>
        handler.HandleAsync(QueueNames.CrawlRequests, message.Body.ToString(), message.DequeueCount,
            (body, token) => crawler.CrawlAsync(QueueMessages.ReadCrawlRequest(body).Url, token), cancellationToken);
}
