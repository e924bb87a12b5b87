using System.Security.Cryptography;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;

namespace ProfileFunctions.Serialization;

/// <summary>A short, stable hash of a value's canonical JSON: equal content, equal hash.</summary>
internal static class ContentHash
{
    public static string Of<T>(T value, JsonTypeInfo<T> typeInfo) =>
        Convert.ToHexStringLower(SHA256.HashData(JsonSerializer.SerializeToUtf8Bytes(value, typeInfo)))[..32];
}
