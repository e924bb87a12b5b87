using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace ProfileFunctions.Sources;

/// <summary>Crawl intervals written as <c>30m</c>, <c>6h</c>, <c>1d</c>, <c>2w</c> or combinations such as <c>1d12h</c>.</summary>
public static partial class CrawlInterval
{
    public static readonly TimeSpan Default = TimeSpan.FromDays(1);
    public static readonly TimeSpan Minimum = TimeSpan.FromMinutes(5);
    public static readonly TimeSpan Maximum = TimeSpan.FromDays(365);

    /// <summary>Parses an interval; null when the text is not one (the caller reports why).</summary>
    public static TimeSpan? Parse(string text)
    {
        var match = Pattern().Match(text.Trim());
        if (!match.Success)
        {
            return null;
        }

        var total = TimeSpan.Zero;
        foreach (Capture part in match.Groups["part"].Captures)
        {
            var value = part.Value;
            if (!long.TryParse(value.AsSpan(0, value.Length - 1), NumberStyles.None, CultureInfo.InvariantCulture, out var amount) || amount > 100_000)
            {
                return null;
            }

            total += char.ToLowerInvariant(value[^1]) switch
            {
                'm' => TimeSpan.FromMinutes(amount),
                'h' => TimeSpan.FromHours(amount),
                'd' => TimeSpan.FromDays(amount),
                _ => TimeSpan.FromDays(7 * amount),
            };
        }

        return total;
    }

    /// <summary>The shortest text that parses back to the interval.</summary>
    public static string Format(TimeSpan interval)
    {
        var builder = new StringBuilder();
        var remaining = interval;
        foreach (var (unit, size) in new[] { ('w', TimeSpan.FromDays(7)), ('d', TimeSpan.FromDays(1)), ('h', TimeSpan.FromHours(1)), ('m', TimeSpan.FromMinutes(1)) })
        {
            var count = (long)(remaining.Ticks / size.Ticks);
            if (count > 0)
            {
                builder.Append(count.ToString(CultureInfo.InvariantCulture)).Append(unit);
                remaining -= TimeSpan.FromTicks(count * size.Ticks);
            }
        }

        return builder.Length == 0 ? "0m" : builder.ToString();
    }

    [GeneratedRegex(@"^(?:(?<part>\d+[mhdwMHDW]))+$", RegexOptions.CultureInvariant)]
    private static partial Regex Pattern();
}
