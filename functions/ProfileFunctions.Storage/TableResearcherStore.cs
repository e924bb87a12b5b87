using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Azure;
using Azure.Data.Tables;
using ProfileFunctions.Researchers;

namespace ProfileFunctions.Storage;

/// <summary>
/// Researchers and their works. Works are partitioned by researcher (partition = slug), so a researcher's works
/// change in transactions of at most 100 operations; the researcher entity (also partition = slug) is written last,
/// with the version the update was based on, and so marks the works as complete.
/// </summary>
public sealed class TableResearcherStore(StorageClients clients, StorageWriteCounter counter) : IResearcherStore
{
    private const string ResearcherRow = "researcher";

    public async Task<StoredResearcher?> GetAsync(string slug, CancellationToken cancellationToken)
    {
        var researchers = await clients.TableAsync(clients.Names.Researchers, cancellationToken);
        var found = await researchers.GetEntityIfExistsAsync<TableEntity>(slug, ResearcherRow, cancellationToken: cancellationToken);
        if (!found.HasValue)
        {
            return null;
        }

        var works = await ReadWorksAsync(slug, cancellationToken);
        return new StoredResearcher(ToRecord(found.Value!, works.Values.OrderBy(work => work.Position).Select(work => work.Work).ToArray()), found.Value!.ETag.ToString());
    }

    public async Task<IReadOnlyList<string>> ListSlugsAsync(CancellationToken cancellationToken)
    {
        var researchers = await clients.TableAsync(clients.Names.Researchers, cancellationToken);
        var slugs = new List<string>();
        await foreach (var entity in researchers.QueryAsync<TableEntity>(TableClient.CreateQueryFilter($"RowKey eq {ResearcherRow}"), select: ["PartitionKey"], cancellationToken: cancellationToken))
        {
            slugs.Add(entity.PartitionKey);
        }

        return slugs;
    }

    public async Task<IReadOnlyList<ResearcherRecord>> ListAsync(CancellationToken cancellationToken)
    {
        var researchers = await clients.TableAsync(clients.Names.Researchers, cancellationToken);
        var worksTable = await clients.TableAsync(clients.Names.Works, cancellationToken);
        var works = new Dictionary<string, List<(int Position, MergedWork Work)>>(StringComparer.Ordinal);
        await foreach (var entity in worksTable.QueryAsync<TableEntity>(cancellationToken: cancellationToken))
        {
            if (!works.TryGetValue(entity.PartitionKey, out var list))
            {
                works[entity.PartitionKey] = list = [];
            }

            list.Add(ToWork(entity));
        }

        var records = new List<ResearcherRecord>();
        await foreach (var entity in researchers.QueryAsync<TableEntity>(TableClient.CreateQueryFilter($"RowKey eq {ResearcherRow}"), cancellationToken: cancellationToken))
        {
            var own = works.TryGetValue(entity.PartitionKey, out var list) ? list.OrderBy(work => work.Position).Select(work => work.Work).ToArray() : [];
            records.Add(ToRecord(entity, own));
        }

        return records.OrderBy(record => record.Slug, StringComparer.Ordinal).ToArray();
    }

    public async Task<bool> SaveAsync(ResearcherRecord record, StoredResearcher? previous, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(record);
        var researchers = await clients.TableAsync(clients.Names.Researchers, cancellationToken);
        var worksTable = await clients.TableAsync(clients.Names.Works, cancellationToken);

        // Works first, only those that differ from what the previous version stored; the researcher entity last,
        // conditionally on that version (it marks the works as complete).
        var stored = new Dictionary<string, TableEntity>(StringComparer.Ordinal);
        for (var position = 0; position < (previous?.Record.Works.Count ?? 0); position++)
        {
            var entity = ToEntity(record.Slug, previous!.Record.Works[position], position);
            stored[entity.RowKey] = entity;
        }

        var actions = new List<TableTransactionAction>();
        var wanted = new HashSet<string>(StringComparer.Ordinal);
        for (var position = 0; position < record.Works.Count; position++)
        {
            var entity = ToEntity(record.Slug, record.Works[position], position);
            wanted.Add(entity.RowKey);
            if (!stored.TryGetValue(entity.RowKey, out var existing) || existing.GetString("Work") != entity.GetString("Work")
                || existing.GetInt32("Position") != position || existing.GetString("Sources") != entity.GetString("Sources"))
            {
                actions.Add(new TableTransactionAction(TableTransactionActionType.UpsertReplace, entity));
            }
        }

        foreach (var stale in stored.Keys.Where(key => !wanted.Contains(key)))
        {
            actions.Add(new TableTransactionAction(TableTransactionActionType.Delete, new TableEntity(record.Slug, stale), ETag.All));
        }

        await TableBatches.SubmitAsync(worksTable, actions, counter, cancellationToken);

        try
        {
            var entity = ToEntity(record);
            if (previous is null)
            {
                await researchers.AddEntityAsync(entity, cancellationToken);
            }
            else
            {
                await researchers.UpdateEntityAsync(entity, new ETag(previous.Version), TableUpdateMode.Replace, cancellationToken);
            }

            counter.AddEntities(1);
            return true;
        }
        catch (RequestFailedException ex) when (ex.Status is 409 or 412 or 404)
        {
            return false;
        }
    }

    public async Task<bool> RemoveAsync(string slug, CancellationToken cancellationToken)
    {
        var researchers = await clients.TableAsync(clients.Names.Researchers, cancellationToken);
        var worksTable = await clients.TableAsync(clients.Names.Works, cancellationToken);
        var stored = await ReadWorksAsync(slug, cancellationToken);
        await TableBatches.SubmitAsync(worksTable, stored.Keys.Select(key => new TableTransactionAction(TableTransactionActionType.Delete, new TableEntity(slug, key), ETag.All)), counter, cancellationToken);
        try
        {
            await researchers.DeleteEntityAsync(slug, ResearcherRow, ETag.All, cancellationToken);
            counter.AddEntities(1);
            return true;
        }
        catch (RequestFailedException ex) when (ex.Status == 404)
        {
            return false;
        }
    }

    private async Task<Dictionary<string, (int Position, MergedWork Work)>> ReadWorksAsync(string slug, CancellationToken cancellationToken)
    {
        var worksTable = await clients.TableAsync(clients.Names.Works, cancellationToken);
        var works = new Dictionary<string, (int, MergedWork)>(StringComparer.Ordinal);
        await foreach (var entity in worksTable.QueryAsync<TableEntity>(TableClient.CreateQueryFilter($"PartitionKey eq {slug}"), cancellationToken: cancellationToken))
        {
            works[entity.RowKey] = ToWork(entity);
        }

        return works;
    }

    private static TableEntity ToEntity(ResearcherRecord record) => new(record.Slug, ResearcherRow)
    {
        ["Name"] = Limits.Text(record.Name),
        ["AlternateNames"] = Json(record.AlternateNames.Take(50).ToArray(), StorageJsonContext.Default.IReadOnlyListString),
        ["Profile"] = record.Profile is null ? null : Json(record.Profile, StorageJsonContext.Default.ResearcherProfile),
        ["Related"] = FittedJson(record.Related, StorageJsonContext.Default.IReadOnlyListRelatedPaper),
        ["Collaborators"] = FittedJson(record.Collaborators, StorageJsonContext.Default.IReadOnlyListCollaborator),
        ["Topics"] = Json(record.Topics, StorageJsonContext.Default.IReadOnlyListString),
        ["Sources"] = FittedJson(record.Sources, StorageJsonContext.Default.IReadOnlyListSourceReference),
        ["ContentHash"] = record.ContentHash,
        ["ChangedAt"] = record.ChangedAt,
        ["WorkCount"] = record.Works.Count,
    };

    private static TableEntity ToEntity(string slug, MergedWork work, int position)
    {
        // Abstracts are the only field that can outgrow a 64 KiB property; keep the start of an enormous one.
        var fitted = work.Work.Abstract is { Length: > 20_000 } text ? work with { Work = work.Work with { Abstract = text[..20_000] } } : work;
        return new TableEntity(slug, RowKeyOf(work.Key))
        {
            ["Key"] = Limits.Text(work.Key),
            ["Position"] = position,
            ["Work"] = Json(fitted.Work, StorageJsonContext.Default.Work),
            ["Sources"] = FittedJson(work.Sources, StorageJsonContext.Default.IReadOnlyListString),
        };
    }

    private static ResearcherRecord ToRecord(TableEntity entity, IReadOnlyList<MergedWork> works) => new(
        entity.PartitionKey,
        entity.GetString("Name"),
        Read(entity, "AlternateNames", StorageJsonContext.Default.IReadOnlyListString) ?? [],
        Read(entity, "Profile", StorageJsonContext.Default.ResearcherProfile),
        works,
        Read(entity, "Related", StorageJsonContext.Default.IReadOnlyListRelatedPaper) ?? [],
        Read(entity, "Collaborators", StorageJsonContext.Default.IReadOnlyListCollaborator) ?? [],
        Read(entity, "Topics", StorageJsonContext.Default.IReadOnlyListString) ?? [],
        Read(entity, "Sources", StorageJsonContext.Default.IReadOnlyListSourceReference) ?? [],
        entity.GetString("ContentHash"),
        entity.GetDateTimeOffset("ChangedAt") ?? DateTimeOffset.UnixEpoch);

    private static (int Position, MergedWork Work) ToWork(TableEntity entity) => (
        entity.GetInt32("Position") ?? 0,
        new MergedWork(
            entity.GetString("Key"),
            Read(entity, "Work", StorageJsonContext.Default.Work)!,
            Read(entity, "Sources", StorageJsonContext.Default.IReadOnlyListString) ?? []));

    // Work keys hold characters row keys forbid ("arxiv:hep-th/9901001") and can be long: hash them.
    private static string RowKeyOf(string workKey) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(workKey)))[..40];

    private static string Json<T>(T value, System.Text.Json.Serialization.Metadata.JsonTypeInfo<T> type) => JsonSerializer.Serialize(value, type);

    private static T? Read<T>(TableEntity entity, string property, System.Text.Json.Serialization.Metadata.JsonTypeInfo<T> type) =>
        entity.GetString(property) is { Length: > 0 } json ? JsonSerializer.Deserialize(json, type) : default;

    // Lists stored as one property must stay under the 64 KiB limit: drop items from the end until they do.
    private static string FittedJson<T>(IReadOnlyList<T> items, System.Text.Json.Serialization.Metadata.JsonTypeInfo<IReadOnlyList<T>> type)
    {
        var count = items.Count;
        var json = Json(items, type);
        while (count > 0 && json.Length > Limits.MaxStringChars)
        {
            count = count * 3 / 4;
            json = Json(items.Take(count).ToArray(), type);
        }

        return json;
    }
}
