using ProfileFunctions.Cli.Hosting;

namespace ProfileFunctions.Tests.Support;

/// <summary>One real Azurite (in memory, free ports) for the whole test run; each test isolates itself with a name prefix.</summary>
public sealed class AzuriteFixture : IAsyncLifetime
{
    private EmbeddedAzurite? _azurite;

    public string ConnectionString => _azurite?.ConnectionString ?? throw new InvalidOperationException("Azurite is not running");

    public async Task InitializeAsync() => _azurite = await EmbeddedAzurite.StartAsync(dataDirectory: null, CancellationToken.None);

    public async Task DisposeAsync()
    {
        if (_azurite is not null)
        {
            await _azurite.DisposeAsync();
        }
    }

    /// <summary>Settings for a test of its own: a unique prefix for tables, queues and containers, and no politeness delays.</summary>
    public Dictionary<string, string?> Settings(Dictionary<string, string?>? extra = null)
    {
        var settings = new Dictionary<string, string?>
        {
            ["AzureWebJobsStorage"] = ConnectionString,
            ["Storage:NamePrefix"] = "t" + Guid.NewGuid().ToString("N")[..10],
            ["Crawler:DelayBetweenRequests"] = "00:00:00",
            ["Crawler:RetryBaseDelay"] = "00:00:00.010",
            ["Crawler:RequestTimeout"] = "00:00:02",
            ["Crawler:ContactUrl"] = "https://example.org/crawler",
            ["Queues:RetryBaseDelay"] = "00:00:00.050",
        };
        foreach (var (key, value) in extra ?? [])
        {
            settings[key] = value;
        }

        return settings;
    }
}

[CollectionDefinition(Name)]
public sealed class AzuriteTests : ICollectionFixture<AzuriteFixture>
{
    public const string Name = "Azurite";
}
