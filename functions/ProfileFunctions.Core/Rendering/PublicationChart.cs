using System.Globalization;
using System.Text;

namespace ProfileFunctions.Rendering;

/// <summary>A small bar chart of works per year as inline SVG; it draws only numbers, never scraped text.</summary>
internal static class PublicationChart
{
    private const int BarWidth = 18;
    private const int Gap = 6;
    private const int Height = 80;

    /// <param name="years">Works per year, oldest first.</param>
    /// <param name="summary">The same as text (<see cref="Summary"/>), for the chart's title.</param>
    public static TrustedHtml? Svg(IReadOnlyList<ChartRow> years, string summary)
    {
        if (years.Count == 0)
        {
            return null;
        }

        var max = years.Max(year => year.Count);
        var width = years.Count * (BarWidth + Gap) + Gap;
        var svg = new StringBuilder(400 + years.Count * 260);
        svg.Append("<svg class=\"chart\" viewBox=\"0 0 ").Append(Number(width)).Append(' ').Append(Number(Height + 20))
            .Append("\" width=\"").Append(Number(width)).Append("\" height=\"").Append(Number(Height + 20))
            .Append("\" role=\"img\" aria-labelledby=\"chart-title\"><title id=\"chart-title\">Works per year: ");
        svg.Append(summary).Append("</title>");
        for (var i = 0; i < years.Count; i++)
        {
            var (year, count) = (years[i].Year, years[i].Count);
            var barHeight = Math.Max(2, (int)Math.Round((double)count / max * (Height - 14)));
            var x = Gap + i * (BarWidth + Gap);
            var middle = Number(x + BarWidth / 2);
            svg.Append("<rect x=\"").Append(Number(x)).Append("\" y=\"").Append(Number(Height - barHeight))
                .Append("\" width=\"").Append(Number(BarWidth)).Append("\" height=\"").Append(Number(barHeight)).Append("\" rx=\"2\"></rect>")
                .Append("<text x=\"").Append(middle).Append("\" y=\"").Append(Number(Height - barHeight - 3)).Append("\" text-anchor=\"middle\">").Append(Number(count)).Append("</text>")
                .Append("<text x=\"").Append(middle).Append("\" y=\"").Append(Number(Height + 14)).Append("\" text-anchor=\"middle\">").Append((year % 100).ToString("00", CultureInfo.InvariantCulture)).Append("</text>");
        }

        return new TrustedHtml(svg.Append("</svg>").ToString());
    }

    /// <summary>The chart as text, for its caption: <c>2023: 4, 2024: 7</c>.</summary>
    public static string Summary(IReadOnlyList<ChartRow> years)
    {
        var text = new StringBuilder(years.Count * 10);
        for (var i = 0; i < years.Count; i++)
        {
            text.Append(i == 0 ? string.Empty : ", ").Append(Number(years[i].Year)).Append(": ").Append(Number(years[i].Count));
        }

        return text.ToString();
    }

    private static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);
}
