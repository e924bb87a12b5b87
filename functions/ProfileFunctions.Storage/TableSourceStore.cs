using Azure;
using Azure.Data.Tables;
using ProfileFunctions.Sources;

namespace ProfileFunctions.Storage;

/// <summary>Sources in one table: partition <c>source</c>, row key <see cref="SourceKey"/>.</summary>
public sealed class TableSourceStore(StorageClients clients, StorageWriteCounter counter) : ISourceStore
{
    private const string Partition = "source";

    public async Task<IReadOnlyList<Source>> ListAsync(CancellationToken cancellationToken)
    {
        var table = await clients.TableAsync(clients.Names.Sources, cancellationToken);
        var sources = new List<Source>();
        await foreach (var entity in table.QueryAsync<TableEntity>(TableClient.CreateQueryFilter($"PartitionKey eq {Partition}"), cancellationToken: cancellationToken))
        {
            sources.Add(ToSource(entity));
        }

        return sources.OrderBy(source => source.Url, StringComparer.Ordinal).ToArray();
    }

    public async Task<Source?> FindAsync(string url, CancellationToken cancellationToken)
    {
        var table = await clients.TableAsync(clients.Names.Sources, cancellationToken);
        var found = await table.GetEntityIfExistsAsync<TableEntity>(Partition, SourceKey.Of(url), cancellationToken: cancellationToken);
        return found.HasValue ? ToSource(found.Value!) : null;
    }

    public async Task SaveAsync(IReadOnlyList<Source> sources, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(sources);
        var table = await clients.TableAsync(clients.Names.Sources, cancellationToken);
        var actions = sources.Select(source => new TableTransactionAction(TableTransactionActionType.UpsertReplace, ToEntity(source)));
        await TableBatches.SubmitAsync(table, actions, counter, cancellationToken);
    }

    public async Task<bool> RemoveAsync(string url, CancellationToken cancellationToken)
    {
        var table = await clients.TableAsync(clients.Names.Sources, cancellationToken);
        try
        {
            await table.DeleteEntityAsync(Partition, SourceKey.Of(url), ETag.All, cancellationToken);
        }
        catch (RequestFailedException ex) when (ex.Status == 404)
        {
            return false;
        }

        counter.AddEntities(1);
        return true;
    }

    private static TableEntity ToEntity(Source source) => new(Partition, source.Key)
    {
        ["Url"] = source.Url,
        ["Layout"] = source.Layout,
        ["Researcher"] = source.Researcher,
        ["IntervalMinutes"] = (long)source.Interval.TotalMinutes,
        ["AddedAt"] = source.AddedAt,
    };

    private static Source ToSource(TableEntity entity) => new(
        entity.GetString("Url"),
        entity.GetString("Layout"),
        entity.GetString("Researcher"),
        TimeSpan.FromMinutes(entity.GetInt64("IntervalMinutes") ?? (long)CrawlInterval.Default.TotalMinutes),
        entity.GetDateTimeOffset("AddedAt") ?? DateTimeOffset.UnixEpoch);
}
