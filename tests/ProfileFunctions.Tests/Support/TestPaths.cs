namespace ProfileFunctions.Tests.Support;

/// <summary>Where the repository, its test fixtures and the shared samples are.</summary>
internal static class TestPaths
{
    public static string RepositoryRoot { get; } = FindRepositoryRoot();

    public static string Fixtures { get; } = Path.Combine(AppContext.BaseDirectory, "Fixtures");

    /// <summary>The shared samples beside the checkout (CI has them there); null when absent.</summary>
    public static string? SharedSamples
    {
        get
        {
            var path = Path.GetFullPath(Path.Combine(RepositoryRoot, "..", "shared", "samples"));
            return Directory.Exists(path) ? path : null;
        }
    }

    private static string FindRepositoryRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "ProfileFunctions.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException("ProfileFunctions.sln not found above " + AppContext.BaseDirectory);
    }
}
