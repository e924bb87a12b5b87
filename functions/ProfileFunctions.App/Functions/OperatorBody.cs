using System.Text;
using Microsoft.AspNetCore.Http;
using ProfileFunctions.Operations;

namespace ProfileFunctions.App.Functions;

/// <summary>Reads an operator request body up to <see cref="OperatorApi.MaxBodyBytes"/>; null past it (413).</summary>
internal static class OperatorBody
{
    public static async Task<string?> ReadAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        if (request.ContentLength > OperatorApi.MaxBodyBytes)
        {
            return null;
        }

        var buffer = new byte[OperatorApi.MaxBodyBytes + 1];
        var total = 0;
        int read;
        while (total < buffer.Length && (read = await request.Body.ReadAsync(buffer.AsMemory(total), cancellationToken)) > 0)
        {
            total += read;
        }

        return total > OperatorApi.MaxBodyBytes ? null : Encoding.UTF8.GetString(buffer, 0, total);
    }
}
