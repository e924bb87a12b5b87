using System.Globalization;
using System.Text;

namespace ProfileFunctions.Rendering;

/// <summary>A small bar chart of works per year as inline SVG; it draws only numbers, never scraped text.</summary>
internal static class PublicationChart
{
    private const int BarWidth = 18;
    private const int Gap = 6;
    private const int Height = 80;

    public static TrustedHtml? Svg(IReadOnlyList<(int Year, int Count)> years)
    {
        if (years.Count == 0)
        {
            return null;
        }

        var max = years.Max(year => year.Count);
        var width = years.Count * (BarWidth + Gap) + Gap;
        var label = string.Join(", ", years.Select(year => string.Create(CultureInfo.InvariantCulture, $"{year.Year}: {year.Count}")));
        var svg = new StringBuilder()
            .Append(CultureInfo.InvariantCulture, $"<svg class=\"chart\" viewBox=\"0 0 {width} {Height + 20}\" width=\"{width}\" height=\"{Height + 20}\" role=\"img\" aria-labelledby=\"chart-title\">")
            .Append(CultureInfo.InvariantCulture, $"<title id=\"chart-title\">Works per year: {label}</title>");
        for (var i = 0; i < years.Count; i++)
        {
            var (year, count) = years[i];
            var barHeight = Math.Max(2, (int)Math.Round((double)count / max * (Height - 14)));
            var x = Gap + i * (BarWidth + Gap);
            svg.Append(CultureInfo.InvariantCulture, $"<rect x=\"{x}\" y=\"{Height - barHeight}\" width=\"{BarWidth}\" height=\"{barHeight}\" rx=\"2\"></rect>")
                .Append(CultureInfo.InvariantCulture, $"<text x=\"{x + BarWidth / 2}\" y=\"{Height - barHeight - 3}\" text-anchor=\"middle\">{count}</text>")
                .Append(CultureInfo.InvariantCulture, $"<text x=\"{x + BarWidth / 2}\" y=\"{Height + 14}\" text-anchor=\"middle\">{year % 100:00}</text>");
        }

        return new TrustedHtml(svg.Append("</svg>").ToString());
    }
}
