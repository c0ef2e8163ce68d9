namespace PartyOrg.Api.Transport.Http;

/// <summary>Reads a request body up to a limit, for bodies whose length is not announced (chunked transfer).</summary>
public static class LimitedBody
{
    private const int ChunkSize = 16 * 1024;

    /// <summary>The body's bytes, or null as soon as it proves longer than <paramref name="limit"/> bytes.</summary>
    public static async Task<byte[]?> ReadAsync(Stream body, long limit, CancellationToken cancellationToken)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[ChunkSize];
        int read;
        while ((read = await body.ReadAsync(chunk, cancellationToken)) > 0)
        {
            if (buffer.Length + read > limit)
            {
                return null;
            }

            buffer.Write(chunk, 0, read);
        }

        return buffer.ToArray();
    }
}
