namespace ProfileFunctions.Storage;

/// <summary>Counts writes to storage (entities, blobs, messages): the idempotency tests and the crawl summary read it.</summary>
public sealed class StorageWriteCounter
{
    private long _entities;
    private long _blobs;
    private long _messages;

    public long Entities => Interlocked.Read(ref _entities);

    public long Blobs => Interlocked.Read(ref _blobs);

    public long Messages => Interlocked.Read(ref _messages);

    public long Total => Entities + Blobs + Messages;

    internal void AddEntities(int count) => Interlocked.Add(ref _entities, count);

    internal void AddBlob() => Interlocked.Increment(ref _blobs);

    internal void AddMessage() => Interlocked.Increment(ref _messages);
}
