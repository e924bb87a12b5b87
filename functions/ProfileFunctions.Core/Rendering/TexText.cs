using System.Text;
using System.Text.RegularExpressions;

namespace ProfileFunctions.Rendering;

/// <summary>
/// Makes the TeX in scraped titles and abstracts read well as plain text, without JavaScript: <c>$\Lambda$-DARTS</c>
/// becomes Λ-DARTS, <c>$\ell_1$</c> ℓ₁, <c>4$\times$</c> 4×, <c>50\%</c> 50%. Unknown macros lose their backslash.
/// The result is still text, escaped on output like any other.
/// </summary>
public static partial class TexText
{
    private static readonly Dictionary<string, string> Symbols = new(StringComparer.Ordinal)
    {
        ["alpha"] = "α", ["beta"] = "β", ["gamma"] = "γ", ["delta"] = "δ", ["epsilon"] = "ε", ["varepsilon"] = "ε", ["zeta"] = "ζ",
        ["eta"] = "η", ["theta"] = "θ", ["iota"] = "ι", ["kappa"] = "κ", ["lambda"] = "λ", ["mu"] = "μ", ["nu"] = "ν", ["xi"] = "ξ",
        ["pi"] = "π", ["rho"] = "ρ", ["sigma"] = "σ", ["tau"] = "τ", ["upsilon"] = "υ", ["phi"] = "φ", ["varphi"] = "φ", ["chi"] = "χ",
        ["psi"] = "ψ", ["omega"] = "ω", ["Gamma"] = "Γ", ["Delta"] = "Δ", ["Theta"] = "Θ", ["Lambda"] = "Λ", ["Xi"] = "Ξ", ["Pi"] = "Π",
        ["Sigma"] = "Σ", ["Phi"] = "Φ", ["Psi"] = "Ψ", ["Omega"] = "Ω", ["ell"] = "ℓ", ["times"] = "×", ["cdot"] = "·", ["pm"] = "±",
        ["sim"] = "∼", ["approx"] = "≈", ["leq"] = "≤", ["le"] = "≤", ["geq"] = "≥", ["ge"] = "≥", ["neq"] = "≠", ["infty"] = "∞",
        ["to"] = "→", ["rightarrow"] = "→", ["leftarrow"] = "←", ["Rightarrow"] = "⇒", ["in"] = "∈", ["sum"] = "∑", ["prod"] = "∏",
        ["partial"] = "∂", ["nabla"] = "∇", ["sqrt"] = "√", ["log"] = "log", ["exp"] = "exp", ["min"] = "min", ["max"] = "max",
        ["ldots"] = "…", ["dots"] = "…", ["cdots"] = "⋯", ["mid"] = "|", ["forall"] = "∀", ["exists"] = "∃", ["circ"] = "∘",
        ["%"] = "%", ["&"] = "&", ["_"] = "_", ["#"] = "#", ["$"] = "$", ["{"] = "{", ["}"] = "}", [","] = " ", [";"] = " ", ["!"] = string.Empty, [" "] = " ",
    };

    private static readonly Dictionary<char, char> Subscripts = Map("0123456789+-=()aeoxhklmnpst", "₀₁₂₃₄₅₆₇₈₉₊₋₌₍₎ₐₑₒₓₕₖₗₘₙₚₛₜ");
    private static readonly Dictionary<char, char> Superscripts = Map("0123456789+-=()inabcdekmoptxT", "⁰¹²³⁴⁵⁶⁷⁸⁹⁺⁻⁼⁽⁾ⁱⁿᵃᵇᶜᵈᵉᵏᵐᵒᵖᵗˣᵀ");
    private static readonly Dictionary<char, char> Blackboard = Map("RNZQCP", "ℝℕℤℚℂℙ");

    public static string? ToUnicode(string? text)
    {
        if (string.IsNullOrEmpty(text) || (text.IndexOf('\\', StringComparison.Ordinal) < 0 && text.IndexOf('$', StringComparison.Ordinal) < 0))
        {
            return text;
        }

        // Split on unescaped dollars: odd segments are math, where sub- and superscripts and braces mean something.
        var builder = new StringBuilder(text.Length);
        var segment = new StringBuilder();
        var inMath = false;
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == '$' && (i == 0 || text[i - 1] != '\\'))
            {
                builder.Append(Convert(segment.ToString(), inMath));
                segment.Clear();
                inMath = !inMath;
                continue;
            }

            segment.Append(text[i]);
        }

        builder.Append(Convert(segment.ToString(), inMath));
        return builder.ToString();
    }

    private static string Convert(string text, bool math)
    {
        // Each pass runs only when its trigger character is there: most segments are plain words.
        var result = text;
        if (result.Contains('\\', StringComparison.Ordinal))
        {
            if (result.Contains('{', StringComparison.Ordinal))
            {
                result = Font().Replace(result, FontEvaluator);
            }

            result = Macro().Replace(result, MacroEvaluator);
        }

        if (!math || result.AsSpan().IndexOfAny('_', '^', '{') < 0)
        {
            return result;
        }

        result = Script().Replace(result, match =>
        {
            var map = match.Groups["kind"].Value == "_" ? Subscripts : Superscripts;
            var body = match.Groups["braced"].Success ? match.Groups["braced"].Value : match.Groups["single"].Value;
            return body.All(map.ContainsKey) ? string.Concat(body.Select(c => map[c])) : body;
        });
        return result.Replace("{", string.Empty, StringComparison.Ordinal).Replace("}", string.Empty, StringComparison.Ordinal);
    }

    /// <summary>Plain text for metadata (titles, descriptions, JSON-LD): TeX made readable, whitespace collapsed.</summary>
    public static string Plain(string? text) => Extraction.Text.TextNormalizer.Collapse(ToUnicode(text)) ?? string.Empty;

    private static readonly MatchEvaluator FontEvaluator = match => match.Groups["font"].Value == "mathbb"
        ? string.Concat(match.Groups["body"].Value.Select(c => Blackboard.TryGetValue(c, out var b) ? b : c))
        : match.Groups["body"].Value;

    private static readonly MatchEvaluator MacroEvaluator = match => Symbols.TryGetValue(match.Groups["name"].Value, out var symbol) ? symbol : match.Groups["name"].Value;

    private static Dictionary<char, char> Map(string from, string to) => from.Zip(to).ToDictionary(pair => pair.First, pair => pair.Second);

    [GeneratedRegex(@"\\(?<font>mathbb|mathbf|mathrm|mathcal|mathit|text|textbf|textit|emph|operatorname)\{(?<body>[^{}]*)\}", RegexOptions.CultureInvariant)]
    private static partial Regex Font();

    [GeneratedRegex(@"\\(?<name>[A-Za-z]+|[%&_#${},;! ])", RegexOptions.CultureInvariant)]
    private static partial Regex Macro();

    [GeneratedRegex(@"(?<kind>[_^])(?:\{(?<braced>[^{}]{1,12})\}|(?<single>[0-9A-Za-z+\-]))", RegexOptions.CultureInvariant)]
    private static partial Regex Script();
}
