using System.Text.Json;
using Azure;
using Azure.Data.Tables;
using ProfileFunctions.Crawling;
using ProfileFunctions.Sources;

namespace ProfileFunctions.Storage;

/// <summary>Crawl states in one table: partition <c>state</c>, row key <see cref="SourceKey"/>.</summary>
public sealed class TableCrawlStateStore(StorageClients clients, StorageWriteCounter counter) : ICrawlStateStore
{
    private const string Partition = "state";

    public async Task<CrawlState?> GetAsync(string url, CancellationToken cancellationToken)
    {
        var table = await clients.TableAsync(clients.Names.CrawlState, cancellationToken);
        var found = await table.GetEntityIfExistsAsync<TableEntity>(Partition, SourceKey.Of(url), cancellationToken: cancellationToken);
        return found.HasValue ? ToState(found.Value!) : null;
    }

    public async Task<IReadOnlyList<CrawlState>> ListAsync(CancellationToken cancellationToken)
    {
        var table = await clients.TableAsync(clients.Names.CrawlState, cancellationToken);
        var states = new List<CrawlState>();
        await foreach (var entity in table.QueryAsync<TableEntity>(TableClient.CreateQueryFilter($"PartitionKey eq {Partition}"), cancellationToken: cancellationToken))
        {
            states.Add(ToState(entity));
        }

        return states;
    }

    public async Task SaveAsync(CrawlState state, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(state);
        var table = await clients.TableAsync(clients.Names.CrawlState, cancellationToken);
        await table.UpsertEntityAsync(ToEntity(state), TableUpdateMode.Replace, cancellationToken);
        counter.AddEntities(1);
    }

    public async Task RemoveAsync(string url, CancellationToken cancellationToken)
    {
        var table = await clients.TableAsync(clients.Names.CrawlState, cancellationToken);
        try
        {
            await table.DeleteEntityAsync(Partition, SourceKey.Of(url), ETag.All, cancellationToken);
            counter.AddEntities(1);
        }
        catch (RequestFailedException ex) when (ex.Status == 404)
        {
            // Already gone: removal is idempotent.
        }
    }

    private static TableEntity ToEntity(CrawlState state) => new(Partition, SourceKey.Of(state.Url))
    {
        ["Url"] = state.Url,
        ["LastAttemptAt"] = state.LastAttemptAt,
        ["LastStatus"] = state.LastStatus,
        ["LastOutcome"] = state.LastOutcome?.ToString(),
        ["Reason"] = Limits.Text(state.Reason),
        ["ConsecutiveFailures"] = state.ConsecutiveFailures,
        ["NextDueAt"] = state.NextDueAt,
        ["ETag"] = state.ETag,
        ["LastModified"] = state.LastModified,
        ["WorkCount"] = state.WorkCount,
        ["Pages"] = state.Pages,
        ["About"] = state.About,
        ["Mentions"] = JsonSerializer.Serialize(state.Mentions, StorageJsonContext.Default.IReadOnlyListString),
        ["ContentHash"] = state.ContentHash,
        ["ChangedAt"] = state.ChangedAt,
        ["QueuedAt"] = state.QueuedAt,
    };

    private static CrawlState ToState(TableEntity entity) => new(
        entity.GetString("Url"),
        entity.GetDateTimeOffset("LastAttemptAt"),
        entity.GetInt32("LastStatus"),
        Enum.TryParse<CrawlOutcome>(entity.GetString("LastOutcome"), out var outcome) ? outcome : null,
        entity.GetString("Reason"),
        entity.GetInt32("ConsecutiveFailures") ?? 0,
        entity.GetDateTimeOffset("NextDueAt") ?? DateTimeOffset.UnixEpoch,
        entity.GetString("ETag"),
        entity.GetString("LastModified"),
        entity.GetInt32("WorkCount") ?? 0,
        entity.GetInt32("Pages") ?? 0,
        entity.GetString("About"),
        entity.GetString("Mentions") is { } mentions ? JsonSerializer.Deserialize(mentions, StorageJsonContext.Default.IReadOnlyListString) ?? [] : [],
        entity.GetString("ContentHash"),
        entity.GetDateTimeOffset("ChangedAt"),
        entity.GetDateTimeOffset("QueuedAt"));
}
