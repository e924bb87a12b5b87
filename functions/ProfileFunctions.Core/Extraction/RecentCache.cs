namespace ProfileFunctions.Extraction;

/// <summary>
/// A tiny cache of the last few results, keyed by the identity of two objects. Extraction reads a page row by row,
/// so the working set is a handful of entries; a linear scan by reference beats hashing DOM nodes, whose identity
/// hash codes are costly to create for every element of every page.
/// </summary>
internal sealed class RecentCache<TFirst, TSecond, TValue>
    where TFirst : class
    where TSecond : class?
{
    private const int Capacity = 32;
    private readonly (TFirst First, TSecond Second, TValue Value)[] _entries = new (TFirst, TSecond, TValue)[Capacity];
    private int _count;
    private int _next;

    public bool TryGet(TFirst first, TSecond second, out TValue value)
    {
        for (var i = 0; i < _count; i++)
        {
            ref var entry = ref _entries[i];
            if (ReferenceEquals(entry.First, first) && ReferenceEquals(entry.Second, second))
            {
                value = entry.Value;
                return true;
            }
        }

        value = default!;
        return false;
    }

    public void Add(TFirst first, TSecond second, TValue value)
    {
        _entries[_next] = (first, second, value);
        _next = (_next + 1) % Capacity;
        _count = Math.Min(_count + 1, Capacity);
    }
}
