using Azure.Data.Tables;

namespace ProfileFunctions.Storage;

/// <summary>Submits entity operations as transactions: one partition per transaction, at most 100 operations each.</summary>
internal static class TableBatches
{
    public const int MaxOperations = 100;

    public static async Task SubmitAsync(TableClient table, IEnumerable<TableTransactionAction> actions, StorageWriteCounter counter, CancellationToken cancellationToken)
    {
        foreach (var partition in actions.GroupBy(action => action.Entity.PartitionKey, StringComparer.Ordinal))
        {
            foreach (var chunk in partition.Chunk(MaxOperations))
            {
                await table.SubmitTransactionAsync(chunk, cancellationToken);
                counter.AddEntities(chunk.Length);
            }
        }
    }
}
