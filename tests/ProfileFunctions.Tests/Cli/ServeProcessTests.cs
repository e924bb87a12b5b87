using System.Diagnostics;
using ProfileFunctions.Tests.Support;

namespace ProfileFunctions.Tests.Cli;

/// <summary>The <c>profiles</c> program itself, run as a process: how it stops when it is told to.</summary>
[Collection(AzuriteTests.Name)]
public sealed class ServeProcessTests(AzuriteFixture azurite)
{
    [Fact]
    public async Task Sigterm_stops_serving_and_the_program_exits_cleanly()
    {
        var start = new ProcessStartInfo(Path.Combine(AppContext.BaseDirectory, "profiles")) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var argument in new[] { "serve", "--port", "0" })
        {
            start.ArgumentList.Add(argument);
        }

        foreach (var (key, value) in azurite.Settings())
        {
            start.Environment[key.Replace(":", "__", StringComparison.Ordinal)] = value;
        }

        using var process = Process.Start(start)!;
        using var limit = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        try
        {
            var url = await ServingUrlAsync(process, limit.Token);
            using var http = new HttpClient();
            using (var response = await http.GetAsync(url, limit.Token))
            {
                Assert.NotNull(response);
            }

            using (var kill = Process.Start("kill", ["-TERM", process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)]))
            {
                await kill.WaitForExitAsync(limit.Token);
            }

            await process.WaitForExitAsync(limit.Token);

            Assert.Equal(0, process.ExitCode);
            await Assert.ThrowsAsync<HttpRequestException>(() => http.GetAsync(url, limit.Token));
        }
        finally
        {
            if (!process.HasExited)
            {
                process.Kill(entireProcessTree: true);
            }
        }
    }

    // "serving the site at http://127.0.0.1:PORT/ (Ctrl+C to stop)"
    private static async Task<Uri> ServingUrlAsync(Process process, CancellationToken cancellationToken)
    {
        while (await process.StandardOutput.ReadLineAsync(cancellationToken) is { } line)
        {
            if (line.StartsWith("serving the site at ", StringComparison.Ordinal))
            {
                return new Uri(line["serving the site at ".Length..line.IndexOf(' ', "serving the site at ".Length)]);
            }
        }

        throw new InvalidOperationException("profiles serve ended before serving: " + await process.StandardError.ReadToEndAsync(cancellationToken));
    }
}
