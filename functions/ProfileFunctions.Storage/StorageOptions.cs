namespace ProfileFunctions.Storage;

/// <summary>
/// Where the data lives: the <c>AzureWebJobsStorage</c> setting the Functions app uses too, either a connection
/// string (Azurite, or an account key) or, in Azure, identity-based service URIs
/// (<c>AzureWebJobsStorage__tableServiceUri</c>, <c>__queueServiceUri</c>, <c>__blobServiceUri</c>, <c>__clientId</c>).
/// </summary>
public sealed class StorageOptions
{
    public const string Setting = "AzureWebJobsStorage";

    /// <summary>A connection string; null when the service URIs are used.</summary>
    public string? ConnectionString { get; set; }

    public Uri? TableServiceUri { get; set; }

    public Uri? QueueServiceUri { get; set; }

    public Uri? BlobServiceUri { get; set; }

    /// <summary>Client id of a user-assigned managed identity.</summary>
    public string? ClientId { get; set; }

    /// <summary>
    /// Prepended to every table, queue and container name (lowercase letters and digits), so several deployments,
    /// or test runs, can share one account. Empty in production: the Functions triggers name the queues as they are.
    /// </summary>
    public string NamePrefix { get; set; } = string.Empty;
}
