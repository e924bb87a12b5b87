using ProfileFunctions.Extraction;
using ProfileFunctions.Extraction.Text;

namespace ProfileFunctions.Sources;

/// <summary>Turns a <see cref="SourceRequest"/> into a <see cref="Source"/> or says, in one line, why it cannot be one.</summary>
public sealed class SourceValidator(LayoutCatalog layouts, TimeProvider time)
{
    private const int MaxUrlLength = 2048;
    private const int MaxNameLength = 200;

    /// <exception cref="InvalidSourceException">The request is invalid.</exception>
    public Source Validate(SourceRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var url = request.Url?.Trim();
        if (string.IsNullOrEmpty(url))
        {
            throw new InvalidSourceException("a source needs a url");
        }

        if (url.Length > MaxUrlLength)
        {
            throw new InvalidSourceException($"url is longer than {MaxUrlLength} characters");
        }

        if (!Uri.TryCreate(url, UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != Uri.UriSchemeHttps) || string.IsNullOrEmpty(uri.Host))
        {
            throw new InvalidSourceException($"'{url}' is not an absolute http or https URL");
        }

        if (!string.IsNullOrEmpty(uri.UserInfo))
        {
            throw new InvalidSourceException($"'{url}' carries credentials; sources are public pages");
        }

        var layout = string.IsNullOrWhiteSpace(request.Layout) || request.Layout.Trim() == "auto" ? null : request.Layout.Trim();
        if (layout is not null && !layouts.Contains(layout))
        {
            throw new InvalidSourceException($"unknown layout '{layout}' (known: auto, {string.Join(", ", layouts.Names.Order(StringComparer.Ordinal))})");
        }

        var researcher = TextNormalizer.Collapse(request.Researcher);
        if (researcher is { Length: > MaxNameLength })
        {
            throw new InvalidSourceException($"researcher name is longer than {MaxNameLength} characters");
        }

        var interval = CrawlInterval.Default;
        if (!string.IsNullOrWhiteSpace(request.Every))
        {
            interval = CrawlInterval.Parse(request.Every)
                ?? throw new InvalidSourceException($"'{request.Every}' is not an interval (use m, h, d or w, as in 30m, 6h, 1d, 1d12h)");
            if (interval < CrawlInterval.Minimum || interval > CrawlInterval.Maximum)
            {
                throw new InvalidSourceException($"interval {request.Every} is outside {CrawlInterval.Format(CrawlInterval.Minimum)} to {CrawlInterval.Format(CrawlInterval.Maximum)}");
            }
        }

        return new Source(
            uri.GetComponents(UriComponents.AbsoluteUri & ~UriComponents.Fragment, UriFormat.UriEscaped),
            layout,
            researcher is null ? null : TextNormalizer.NameLastFirst(researcher),
            interval,
            time.GetUtcNow());
    }
}
