namespace ProfileFunctions.Benchmarks;

/// <summary>The sample pages to measure: the shared samples beside the checkout, else the repository's demo sites.</summary>
internal static class SamplePages
{
    public static IReadOnlyList<string> Find()
    {
        var root = FindRepositoryRoot();
        var shared = Path.GetFullPath(Path.Combine(root, "..", "shared", "samples"));
        var folder = Directory.Exists(shared) ? shared : Path.Combine(root, "tests", "ProfileFunctions.Tests", "Fixtures", "pages");
        return Directory.EnumerateFiles(folder, "*.html", SearchOption.AllDirectories).Order(StringComparer.Ordinal).ToArray();
    }

    public static string RepositoryRoot() => FindRepositoryRoot();

    private static string FindRepositoryRoot()
    {
        for (var directory = new DirectoryInfo(Environment.CurrentDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "ProfileFunctions.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException("Run the benchmarks from inside the repository.");
    }
}
