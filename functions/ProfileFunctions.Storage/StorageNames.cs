namespace ProfileFunctions.Storage;

/// <summary>Table, container and queue names, with the configured prefix. No magic strings elsewhere.</summary>
public sealed class StorageNames(string prefix)
{
    public string Sources => prefix + "Sources";

    public string CrawlState => prefix + "CrawlState";

    public string Mentions => prefix + "Mentions";

    public string Researchers => prefix + "Researchers";

    public string Works => prefix + "Works";

    public string Snapshots => prefix + "snapshots";

    /// <summary>The static website container: <c>$web</c>, or <c>{prefix}web</c> when prefixed (<c>$</c> names are reserved).</summary>
    public string Website => prefix.Length == 0 ? "$web" : prefix + "web";

    public string Queue(string name) => prefix + name;
}
