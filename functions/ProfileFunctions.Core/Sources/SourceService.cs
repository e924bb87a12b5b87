using System.Text.Json;
using ProfileFunctions.Crawling;
using ProfileFunctions.Researchers;

namespace ProfileFunctions.Sources;

/// <summary>Registers, lists and removes sources; every request is validated whole before anything is stored.</summary>
public sealed class SourceService(
    ISourceStore sources,
    ICrawlStateStore states,
    ISnapshotStore snapshots,
    IMentionStore mentions,
    ResearcherUpdater researchers,
    SourceValidator validator)
{
    private const int MaxImport = 10_000;

    public Task<IReadOnlyList<Source>> ListAsync(CancellationToken cancellationToken) => sources.ListAsync(cancellationToken);

    /// <summary>Registers a source, or updates the layout, researcher and interval of one already registered.</summary>
    /// <exception cref="InvalidSourceException">The request is invalid; nothing was stored.</exception>
    public async Task<Source> AddAsync(SourceRequest request, CancellationToken cancellationToken)
    {
        var source = validator.Validate(request);
        var existing = await sources.FindAsync(source.Url, cancellationToken);
        var saved = existing is null ? source : source with { AddedAt = existing.AddedAt };
        await sources.SaveAsync([saved], cancellationToken);
        return saved;
    }

    /// <summary>Registers every source of a JSON array (<c>[{"url": ..., "layout": ..., "researcher": ..., "every": ...}]</c>), all or none.</summary>
    /// <exception cref="InvalidSourceException">The file or one of its sources is invalid; nothing was stored.</exception>
    public async Task<IReadOnlyList<Source>> ImportAsync(string json, CancellationToken cancellationToken)
    {
        List<SourceRequest>? requests;
        try
        {
            requests = JsonSerializer.Deserialize(json, SourceJsonContext.Default.ListSourceRequest);
        }
        catch (JsonException ex)
        {
            throw new InvalidSourceException($"not a JSON array of sources: {ex.Message.Split('\n')[0]}", ex);
        }

        if (requests is null || requests.Count == 0)
        {
            throw new InvalidSourceException("the file holds no sources");
        }

        if (requests.Count > MaxImport)
        {
            throw new InvalidSourceException($"the file holds {requests.Count} sources; import at most {MaxImport} at a time");
        }

        var validated = new List<Source>(requests.Count);
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        var existing = (await sources.ListAsync(cancellationToken)).ToDictionary(source => source.Key, StringComparer.Ordinal);
        for (var i = 0; i < requests.Count; i++)
        {
            Source source;
            try
            {
                source = validator.Validate(requests[i] ?? new SourceRequest(null));
            }
            catch (InvalidSourceException ex)
            {
                throw new InvalidSourceException($"source {i + 1}: {ex.Message}", ex);
            }

            if (seen.TryGetValue(source.Key, out var first))
            {
                throw new InvalidSourceException($"source {i + 1}: {source.Url} is already source {first}");
            }

            seen[source.Key] = i + 1;
            validated.Add(existing.TryGetValue(source.Key, out var registered) ? source with { AddedAt = registered.AddedAt } : source);
        }

        await sources.SaveAsync(validated, cancellationToken);
        return validated;
    }

    /// <summary>Unregisters a source and withdraws everything it contributed; false when it was not registered.</summary>
    public async Task<bool> RemoveAsync(string url, CancellationToken cancellationToken)
    {
        var source = await sources.FindAsync(url, cancellationToken);
        if (source is null)
        {
            return false;
        }

        var state = await states.GetAsync(source.Url, cancellationToken);
        var previous = state?.Mentions ?? [];
        await sources.RemoveAsync(source.Url, cancellationToken);
        await mentions.ReplaceAsync(source.Url, [], previous, cancellationToken);
        await snapshots.RemoveAsync(source.Url, cancellationToken);
        foreach (var slug in previous)
        {
            await researchers.UpdateAsync(slug, cancellationToken);
        }

        await states.RemoveAsync(source.Url, cancellationToken);
        return true;
    }
}
