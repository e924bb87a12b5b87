using System.Security.Cryptography;

namespace ProfileFunctions.Publishing;

/// <summary>The Content-MD5 Blob storage keeps for every blob, as base64: how unchanged files are recognised.</summary>
public static class ContentMd5
{
#pragma warning disable CA5351 // MD5 is what Blob storage computes and stores; it is a change detector here, not security.
    public static string Of(byte[] content) => Convert.ToBase64String(MD5.HashData(content));
#pragma warning restore CA5351
}
