using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using ProfileFunctions.Storage;

namespace ProfileFunctions.Cli.Hosting;

/// <summary>
/// The services a storage-backed command uses, built exactly as the Functions app builds them
/// (<c>AddProfileServices</c>), over the configured storage or, when none is
/// configured, over an embedded Azurite that lives as long as the command.
/// </summary>
internal sealed class CliServices : IAsyncDisposable
{
    private readonly ServiceProvider _provider;
    private readonly EmbeddedAzurite? _azurite;

    private CliServices(ServiceProvider provider, EmbeddedAzurite? azurite)
    {
        _provider = provider;
        _azurite = azurite;
    }

    public IServiceProvider Services => _provider;

    public T Get<T>()
        where T : notnull => _provider.GetRequiredService<T>();

    /// <param name="overrides">Settings on top of the environment.</param>
    /// <param name="cancellationToken">Stops start-up.</param>
    /// <param name="freshStorage">Use a new in-memory Azurite even if storage is configured (the demo).</param>
    public static async Task<CliServices> CreateAsync(IReadOnlyDictionary<string, string?>? overrides, CancellationToken cancellationToken, bool freshStorage = false)
    {
        var builder = new ConfigurationBuilder().AddEnvironmentVariables();
        if (overrides is not null)
        {
            builder.AddInMemoryCollection(overrides);
        }

        var configuration = builder.Build();
        EmbeddedAzurite? azurite = null;
        if (freshStorage || (string.IsNullOrWhiteSpace(configuration[StorageOptions.Setting]) && configuration.GetSection(StorageOptions.Setting).GetChildren().All(child => child.Value is null)))
        {
            azurite = await EmbeddedAzurite.StartAsync(freshStorage ? null : Path.Combine(Environment.CurrentDirectory, ".profiles", "azurite"), cancellationToken);
            configuration = new ConfigurationBuilder()
                .AddConfiguration(configuration)
                .AddInMemoryCollection(new Dictionary<string, string?> { [StorageOptions.Setting] = azurite.ConnectionString })
                .Build();
        }

        var services = new ServiceCollection();
        services.AddSingleton<IConfiguration>(configuration);
        services.AddLogging(logging =>
        {
            logging.AddConfiguration(configuration.GetSection("Logging"));
            logging.SetMinimumLevel(LogLevel.Warning);
            logging.AddSimpleConsole(options => options.SingleLine = true);
            logging.Services.Configure<Microsoft.Extensions.Logging.Console.ConsoleLoggerOptions>(options => options.LogToStandardErrorThreshold = LogLevel.Trace);
        });
        services.AddProfileServices(configuration);
        var provider = services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true });
        return new CliServices(provider, azurite);
    }

    public async ValueTask DisposeAsync()
    {
        await _provider.DisposeAsync();
        if (_azurite is not null)
        {
            await _azurite.DisposeAsync();
        }
    }
}
