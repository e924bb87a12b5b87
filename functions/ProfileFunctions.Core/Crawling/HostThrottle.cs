using System.Collections.Concurrent;

namespace ProfileFunctions.Crawling;

/// <summary>
/// At most one request at a time per host, and a pause between two of them: the politeness every crawl worker of
/// this process shares. (Across Function instances, the crawl queue's batch settings bound concurrency.)
/// </summary>
public sealed class HostThrottle(TimeProvider time)
{
    private readonly ConcurrentDictionary<string, Gate> _gates = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>Waits for the host's turn; dispose the lease when the request is done, starting the pause.</summary>
    public async Task<IDisposable> WaitAsync(Uri url, TimeSpan pause, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(url);
        var gate = _gates.GetOrAdd(url.Authority, _ => new Gate());
        await gate.Lock.WaitAsync(cancellationToken);
        try
        {
            var wait = gate.NextAllowed - time.GetUtcNow();
            if (wait > TimeSpan.Zero)
            {
                await Task.Delay(wait, time, cancellationToken);
            }
        }
        catch
        {
            gate.Lock.Release();
            throw;
        }

        return new Lease(gate, pause, time);
    }

    private sealed class Gate
    {
        public SemaphoreSlim Lock { get; } = new(1, 1);

        public DateTimeOffset NextAllowed { get; set; } = DateTimeOffset.MinValue;
    }

    private sealed class Lease(Gate gate, TimeSpan pause, TimeProvider time) : IDisposable
    {
        private int _disposed;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref _disposed, 1) == 0)
            {
                gate.NextAllowed = time.GetUtcNow() + pause;
                gate.Lock.Release();
            }
        }
    }
}
