namespace ProfileFunctions.Storage;

/// <summary>Table storage limits: a string property holds at most 64 KiB (32,768 UTF-16 characters).</summary>
internal static class Limits
{
    public const int MaxStringChars = 32_000;

    public static string? Text(string? value) => value is { Length: > MaxStringChars } ? value[..MaxStringChars] : value;
}
