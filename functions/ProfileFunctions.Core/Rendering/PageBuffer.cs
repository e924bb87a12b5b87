using System.Buffers;
using System.Text;
using Scriban.Runtime;

namespace ProfileFunctions.Rendering;

/// <summary>
/// The output a pooled template context renders into: one growing character buffer kept between renders, turned
/// into the page's UTF-8 bytes at the end. A page is tens of kilobytes, so a fresh StringBuilder and its string per
/// render would put about 100 KB on the large object heap each time, and every few pages would cost a full GC.
/// </summary>
internal sealed class PageBuffer : IScriptOutput
{
    // A page larger than this gives its buffer back after rendering instead of keeping it for the next render.
    private const int KeptCapacity = 1 << 20;

    private char[] _buffer = ArrayPool<char>.Shared.Rent(64 * 1024);
    private int _length;

    public void Write(string text, int offset, int count)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (_length + count > _buffer.Length)
        {
            Grow(_length + count);
        }

        text.CopyTo(offset, _buffer, _length, count);
        _length += count;
    }

    public ValueTask WriteAsync(string text, int offset, int count, CancellationToken cancellationToken)
    {
        Write(text, offset, count);
        return ValueTask.CompletedTask;
    }

    /// <summary>The text written so far as UTF-8.</summary>
    public byte[] TakeUtf8()
    {
        // Encoding into a buffer of the largest possible size and copying is one pass less than counting first.
        var text = _buffer.AsSpan(0, _length);
        var encoded = ArrayPool<byte>.Shared.Rent(Encoding.UTF8.GetMaxByteCount(text.Length));
        try
        {
            var length = Encoding.UTF8.GetBytes(text, encoded);
            return encoded.AsSpan(0, length).ToArray();
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(encoded);
        }
    }

    /// <summary>Empties the buffer for the next render (and gives back one that an unusually large page grew).</summary>
    public void Clear()
    {
        _length = 0;
        if (_buffer.Length > KeptCapacity)
        {
            ArrayPool<char>.Shared.Return(_buffer);
            _buffer = ArrayPool<char>.Shared.Rent(64 * 1024);
        }
    }

    private void Grow(int needed)
    {
        var larger = ArrayPool<char>.Shared.Rent(Math.Max(needed, _buffer.Length * 2));
        _buffer.AsSpan(0, _length).CopyTo(larger);
        ArrayPool<char>.Shared.Return(_buffer);
        _buffer = larger;
    }
}
