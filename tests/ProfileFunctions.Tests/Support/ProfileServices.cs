using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using ProfileFunctions.Storage;

namespace ProfileFunctions.Tests.Support;

/// <summary>The services the hosts build (AddProfileServices), over the test run's Azurite with a test's own settings.</summary>
internal static class ProfileServices
{
    public static ServiceProvider Create(IReadOnlyDictionary<string, string?> settings)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddSingleton<IConfiguration>(configuration);
        services.AddProfileServices(configuration);
        return services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true });
    }
}
