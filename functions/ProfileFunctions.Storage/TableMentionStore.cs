using Azure.Data.Tables;
using ProfileFunctions.Researchers;
using ProfileFunctions.Sources;

namespace ProfileFunctions.Storage;

/// <summary>The researcher-to-source index: partition = researcher slug, row key = <see cref="SourceKey"/>.</summary>
public sealed class TableMentionStore(StorageClients clients, StorageWriteCounter counter) : IMentionStore
{
    public async Task<IReadOnlyList<Mention>> ListAsync(string slug, CancellationToken cancellationToken)
    {
        var table = await clients.TableAsync(clients.Names.Mentions, cancellationToken);
        var mentions = new List<Mention>();
        await foreach (var entity in table.QueryAsync<TableEntity>(TableClient.CreateQueryFilter($"PartitionKey eq {slug}"), cancellationToken: cancellationToken))
        {
            mentions.Add(new Mention(slug, entity.GetString("SourceUrl"), entity.GetString("Role")));
        }

        return mentions;
    }

    public async Task ReplaceAsync(string sourceUrl, IReadOnlyCollection<Mention> mentions, IReadOnlyCollection<string> previousSlugs, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(mentions);
        ArgumentNullException.ThrowIfNull(previousSlugs);
        var table = await clients.TableAsync(clients.Names.Mentions, cancellationToken);
        var key = SourceKey.Of(sourceUrl);
        var current = mentions.Select(mention => mention.Slug).ToHashSet(StringComparer.Ordinal);
        var actions = mentions
            .Select(mention => new TableTransactionAction(TableTransactionActionType.UpsertReplace, new TableEntity(mention.Slug, key)
            {
                ["SourceUrl"] = mention.SourceUrl,
                ["Role"] = mention.Role,
            }))
            .ToList();
        foreach (var stale in previousSlugs.Where(slug => !current.Contains(slug)))
        {
            if ((await table.GetEntityIfExistsAsync<TableEntity>(stale, key, cancellationToken: cancellationToken)).HasValue)
            {
                actions.Add(new TableTransactionAction(TableTransactionActionType.Delete, new TableEntity(stale, key), Azure.ETag.All));
            }
        }

        await TableBatches.SubmitAsync(table, actions, counter, cancellationToken);
    }
}
