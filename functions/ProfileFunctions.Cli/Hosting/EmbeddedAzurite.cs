using System.Diagnostics;
using System.Text.RegularExpressions;

namespace ProfileFunctions.Cli.Hosting;

/// <summary>
/// Azurite, the official storage emulator, started as a child process on free loopback ports: the embedded default
/// when no <c>AzureWebJobsStorage</c> is configured (data under <c>.profiles/azurite/</c>), and the test suite's
/// storage (in memory). Stopped, with its process tree, on dispose.
/// </summary>
internal sealed partial class EmbeddedAzurite : IAsyncDisposable
{
    private const string AccountKey = "Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==";
    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(60);
    private readonly Process _process;

    private readonly bool _persistent;

    private EmbeddedAzurite(Process process, string connectionString, bool persistent)
    {
        _process = process;
        ConnectionString = connectionString;
        _persistent = persistent;
    }

    /// <summary>The node process, so benchmarks can count Azurite's CPU time too.</summary>
    public Process Process => _process;

    /// <summary>The connection string of the well-known development account on the ports Azurite chose.</summary>
    public string ConnectionString { get; }

    /// <summary>Starts Azurite keeping data in <paramref name="dataDirectory"/>, or in memory when it is null.</summary>
    /// <exception cref="CliFailureException">Azurite is not installed or does not start.</exception>
    public static async Task<EmbeddedAzurite> StartAsync(string? dataDirectory, CancellationToken cancellationToken)
    {
        var script = FindAzurite() ?? throw new CliFailureException(
            "no storage configured and Azurite is not installed: run `npm ci` in the repository (or set AzureWebJobsStorage to a storage connection string)");
        var start = new ProcessStartInfo("node") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var argument in new[] { script, "--skipApiVersionCheck", "--loose", "--disableProductStyleUrl" })
        {
            start.ArgumentList.Add(argument);
        }

        if (dataDirectory is null)
        {
            start.ArgumentList.Add("--inMemoryPersistence");
        }
        else
        {
            Directory.CreateDirectory(dataDirectory);
            start.ArgumentList.Add("--location");
            start.ArgumentList.Add(dataDirectory);
        }

        foreach (var service in new[] { "blob", "queue", "table" })
        {
            start.ArgumentList.Add($"--{service}Host");
            start.ArgumentList.Add("127.0.0.1");
            start.ArgumentList.Add($"--{service}Port");
            start.ArgumentList.Add("0");
        }

        Process process;
        try
        {
            process = Process.Start(start) ?? throw new CliFailureException("could not start node to run Azurite");
        }
        catch (System.ComponentModel.Win32Exception ex)
        {
            throw new CliFailureException($"could not start Azurite: node is not installed ({ex.Message})");
        }

        var ports = new Dictionary<string, int>(StringComparer.Ordinal);
        var ready = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var output = new System.Collections.Concurrent.ConcurrentQueue<string>();
        void OnLine(object? sender, DataReceivedEventArgs e)
        {
            if (e.Data is null)
            {
                return;
            }

            output.Enqueue(e.Data);
            if (Listening().Match(e.Data) is { Success: true } match)
            {
                lock (ports)
                {
                    ports[match.Groups["service"].Value] = int.Parse(match.Groups["port"].Value, System.Globalization.CultureInfo.InvariantCulture);
                    if (ports.Count == 3)
                    {
                        ready.TrySetResult();
                    }
                }
            }
        }

        process.OutputDataReceived += OnLine;
        process.ErrorDataReceived += OnLine;
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        process.EnableRaisingEvents = true;
        process.Exited += (_, _) => ready.TrySetException(new CliFailureException($"Azurite exited during start-up: {string.Join(" | ", output.TakeLast(3))}"));

        try
        {
            await ready.Task.WaitAsync(StartTimeout, cancellationToken);
        }
        catch (TimeoutException)
        {
            Stop(process, graceful: false);
            throw new CliFailureException($"Azurite did not start within {StartTimeout.TotalSeconds:0}s: {string.Join(" | ", output.TakeLast(3))}");
        }
        catch
        {
            Stop(process, graceful: false);
            throw;
        }

        var connection = $"DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey={AccountKey};"
            + $"BlobEndpoint=http://127.0.0.1:{ports["Blob"]}/devstoreaccount1;"
            + $"QueueEndpoint=http://127.0.0.1:{ports["Queue"]}/devstoreaccount1;"
            + $"TableEndpoint=http://127.0.0.1:{ports["Table"]}/devstoreaccount1;";
        return new EmbeddedAzurite(process, connection, dataDirectory is not null);
    }

    /// <summary>Azurite's entry script in a node_modules above the current folder or the program's own.</summary>
    internal static string? FindAzurite()
    {
        foreach (var origin in new[] { Environment.CurrentDirectory, AppContext.BaseDirectory })
        {
            for (var directory = new DirectoryInfo(origin); directory is not null; directory = directory.Parent)
            {
                var script = Path.Combine(directory.FullName, "node_modules", "azurite", "dist", "src", "azurite.js");
                if (File.Exists(script))
                {
                    return script;
                }
            }
        }

        return null;
    }

    public ValueTask DisposeAsync()
    {
        Stop(_process, graceful: _persistent);
        _process.Dispose();
        return ValueTask.CompletedTask;
    }

    private static void Stop(Process process, bool graceful)
    {
        try
        {
            if (process.HasExited)
            {
                return;
            }

            // Azurite saves its table database on a graceful shutdown: ask first (SIGINT), kill only if it hangs.
            // In memory there is nothing to save.
            if (graceful && !OperatingSystem.IsWindows() && SendSignal(process.Id, SignalInterrupt) == 0 && process.WaitForExit(10_000))
            {
                return;
            }

            process.Kill(entireProcessTree: true);
            process.WaitForExit(5000);
        }
        catch (InvalidOperationException)
        {
            // Already gone.
        }
    }

    private const int SignalInterrupt = 2;

    [System.Runtime.InteropServices.LibraryImport("libc", EntryPoint = "kill", SetLastError = true)]
    private static partial int SendSignal(int pid, int signal);

    [GeneratedRegex(@"Azurite (?<service>Blob|Queue|Table) service is successfully listening at http://[^:]+:(?<port>\d+)", RegexOptions.CultureInvariant)]
    private static partial Regex Listening();
}
