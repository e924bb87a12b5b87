using ProfileFunctions.Tests.Support;

namespace ProfileFunctions.Tests.Cli;

public sealed class DemoCommandTests
{
    [Fact]
    public async Task The_demo_crawls_the_bundled_sites_and_publishes_a_profile_for_each_researcher()
    {
        var run = await CliRun.RunWithAsync(null, "demo", "--no-wait", "--port", "0");

        Assert.Equal(0, run.ExitCode);
        Assert.StartsWith("Open http://127.0.0.1:", run.Out, StringComparison.Ordinal);
        Assert.Contains("registered 8 sources", run.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("failed", run.Error, StringComparison.Ordinal);
        Assert.Contains("published 11 files (11 uploaded)", run.Error, StringComparison.Ordinal);
    }
}
