using System.Buffers;

namespace ProfileFunctions.Rendering;

/// <summary>
/// Makes the TeX in scraped titles and abstracts read well as plain text, without JavaScript: <c>$\Lambda$-DARTS</c>
/// becomes Λ-DARTS, <c>$\ell_1$</c> ℓ₁, <c>4$\times$</c> 4×, <c>50\%</c> 50%. Unknown macros lose their backslash.
/// The result is still text, escaped on output like any other.
/// </summary>
public static class TexText
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

    private static readonly Dictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> SymbolsBySpan = Symbols.GetAlternateLookup<ReadOnlySpan<char>>();

    public static string? ToUnicode(string? text)
    {
        if (string.IsNullOrEmpty(text) || text.AsSpan().IndexOfAny('\\', '$') < 0)
        {
            return text;
        }

        // Every pass only shortens the text (a macro becomes one symbol, braces go), so buffers of the input's length
        // hold each pass's input and output: on the stack for titles and abstracts, pooled for anything longer.
        const int OnStack = 1024;
        char[]? rented = null;
        var buffers = text.Length <= OnStack ? stackalloc char[text.Length * 3] : (rented = ArrayPool<char>.Shared.Rent(text.Length * 3));
        try
        {
            var output = buffers[..text.Length];
            var scratch = buffers.Slice(text.Length, text.Length * 2);

            // Split on unescaped dollars: odd segments are math, where sub- and superscripts and braces mean something.
            var length = 0;
            var start = 0;
            var inMath = false;
            var from = 0;
            while (true)
            {
                var dollar = text.AsSpan(from).IndexOf('$');
                var i = dollar < 0 ? text.Length : from + dollar;
                if (i > 0 && i < text.Length && text[i - 1] == '\\')
                {
                    from = i + 1;
                    continue;
                }

                length += Convert(text.AsSpan(start, i - start), inMath, output[length..], scratch);
                if (i == text.Length)
                {
                    break;
                }

                start = from = i + 1;
                inMath = !inMath;
            }

            return new string(output[..length]);
        }
        finally
        {
            if (rented is not null)
            {
                ArrayPool<char>.Shared.Return(rented);
            }
        }
    }

    // Converts one segment into destination and returns the length written; scratch holds the intermediate passes.
    private static int Convert(ReadOnlySpan<char> text, bool math, Span<char> destination, Span<char> scratch)
    {
        // Each pass runs only when its trigger character is there: most segments are plain words.
        var fonted = scratch[..text.Length];
        var macros = scratch.Slice(text.Length, text.Length);
        var current = text;
        if (current.Contains('\\'))
        {
            if (current.Contains('{'))
            {
                current = fonted[..ReplaceFonts(current, fonted)];
            }

            var written = ReplaceMacros(current, macros);
            current = macros[..written];
        }

        if (!math || current.IndexOfAny('_', '^', '{') < 0)
        {
            current.CopyTo(destination);
            return current.Length;
        }

        var length = ReplaceScripts(current, destination);
        var kept = 0;
        foreach (var c in destination[..length])
        {
            if (c is not '{' and not '}')
            {
                destination[kept++] = c;
            }
        }

        return kept;
    }

    // \mathbb{R} is ℝ; \textbf{word} and the other font commands keep their argument.
    private static int ReplaceFonts(ReadOnlySpan<char> text, Span<char> destination)
    {
        var length = 0;
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == '\\' && FontCommand(text[(i + 1)..]) is { } command && command.BodyStart >= 0)
            {
                var body = text.Slice(i + 1 + command.BodyStart, command.BodyLength);
                foreach (var c in body)
                {
                    destination[length++] = command.Blackboard && Blackboard.TryGetValue(c, out var letter) ? letter : c;
                }

                i += command.BodyStart + command.BodyLength + 1;
                continue;
            }

            destination[length++] = text[i];
        }

        return length;
    }

    private static (int BodyStart, int BodyLength, bool Blackboard)? FontCommand(ReadOnlySpan<char> afterBackslash)
    {
        var name = afterBackslash.IndexOfAnyExceptInRange('a', 'z');
        if (name <= 0 || afterBackslash[name] != '{' || afterBackslash[..name] is not ("mathbb" or "mathbf" or "mathrm" or "mathcal" or "mathit" or "text" or "textbf" or "textit" or "emph" or "operatorname"))
        {
            return null;
        }

        var body = afterBackslash[(name + 1)..];
        var close = body.IndexOfAny('{', '}');
        return close >= 0 && body[close] == '}' ? (name + 1, close, afterBackslash[..name] is "mathbb") : null;
    }

    // \alpha is α, \% is %; an unknown macro loses its backslash.
    private static int ReplaceMacros(ReadOnlySpan<char> text, Span<char> destination)
    {
        var length = 0;
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] != '\\' || i + 1 == text.Length)
            {
                destination[length++] = text[i];
                continue;
            }

            var rest = text[(i + 1)..];
            var nameLength = char.IsAsciiLetter(rest[0]) ? (rest.IndexOfAnyExcept(Letters) is var end and >= 0 ? end : rest.Length) : MacroPunctuation.Contains(rest[0]) ? 1 : 0;
            if (nameLength == 0)
            {
                destination[length++] = text[i];
                continue;
            }

            var name = rest[..nameLength];
            var replacement = SymbolsBySpan.TryGetValue(name, out var symbol) ? symbol.AsSpan() : name;
            replacement.CopyTo(destination[length..]);
            length += replacement.Length;
            i += nameLength;
        }

        return length;
    }

    // In math, x_1 is x₁ and x^{n} is xⁿ when every character has a sub- or superscript form; otherwise the mark goes.
    private static int ReplaceScripts(ReadOnlySpan<char> text, Span<char> destination)
    {
        var length = 0;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if ((c is '_' or '^') && i + 1 < text.Length && ScriptBody(text[(i + 1)..]) is { } script)
            {
                var body = text.Slice(i + 1 + script.Start, script.Length);
                var map = c == '_' ? Subscripts : Superscripts;
                var mapped = true;
                foreach (var b in body)
                {
                    mapped &= map.ContainsKey(b);
                }

                foreach (var b in body)
                {
                    destination[length++] = mapped ? map[b] : b;
                }

                i += script.Consumed;
                continue;
            }

            destination[length++] = c;
        }

        return length;
    }

    // What follows _ or ^: {up to 12 characters without braces}, or one letter, digit, + or -.
    private static (int Start, int Length, int Consumed)? ScriptBody(ReadOnlySpan<char> rest)
    {
        if (rest[0] == '{')
        {
            var close = rest[1..].IndexOfAny('{', '}');
            return close is >= 1 and <= 12 && rest[1 + close] == '}' ? (1, close, close + 2) : null;
        }

        return char.IsAsciiLetterOrDigit(rest[0]) || rest[0] is '+' or '-' ? (0, 1, 1) : null;
    }

    /// <summary>Plain text for metadata (titles, descriptions, JSON-LD): TeX made readable, whitespace collapsed.</summary>
    public static string Plain(string? text) => Extraction.Text.TextNormalizer.Collapse(ToUnicode(text)) ?? string.Empty;

    private static Dictionary<char, char> Map(string from, string to) => from.Zip(to).ToDictionary(pair => pair.First, pair => pair.Second);

    private static readonly SearchValues<char> Letters = SearchValues.Create("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz");
    private static readonly SearchValues<char> MacroPunctuation = SearchValues.Create("%&_#${},;! ");
}
