using System.Buffers;
using System.IO.Pipelines;

namespace PartyOrg.Api.Transport.Http;

/// <summary>Reads what a body holds as one span, without the body outgrowing a limit.</summary>
public delegate T BodyParser<out T>(ReadOnlySpan<byte> body);

/// <summary>
/// Reads a request body through its pipe up to a limit. A body that has arrived whole in one buffer (the usual small
/// POST) is parsed where it lies, with no copy; a longer or chunked one is gathered into a pooled array as it
/// arrives, so the pipe never holds more than one read's worth.
/// </summary>
public static class RequestBody
{
    /// <summary>Parses the body with <paramref name="parse"/>; <c>TooLarge</c> as soon as it proves longer than <paramref name="limit"/> bytes.</summary>
    public static async ValueTask<(T? Value, bool TooLarge)> ReadAsync<T>(PipeReader reader, long limit, BodyParser<T> parse, CancellationToken cancellationToken)
    {
        byte[]? gathered = null;
        var length = 0;
        try
        {
            while (true)
            {
                var read = await reader.ReadAsync(cancellationToken);
                if (read.IsCanceled)
                {
                    throw new OperationCanceledException("The request body's read was cancelled.", cancellationToken);
                }

                var buffer = read.Buffer;
                if (length + buffer.Length > limit)
                {
                    reader.AdvanceTo(buffer.End);
                    return (default, true);
                }

                if (read.IsCompleted && gathered is null && buffer.IsSingleSegment)
                {
                    try
                    {
                        return (parse(buffer.FirstSpan), false);
                    }
                    finally
                    {
                        reader.AdvanceTo(buffer.End);
                    }
                }

                gathered = Gather(gathered, length, buffer);
                length += (int)buffer.Length;
                reader.AdvanceTo(buffer.End);
                if (read.IsCompleted)
                {
                    return (parse(gathered.AsSpan(0, length)), false);
                }
            }
        }
        finally
        {
            if (gathered is not null)
            {
                ArrayPool<byte>.Shared.Return(gathered);
            }
        }
    }

    /// <summary>Appends the buffer after the first <paramref name="length"/> bytes, renting a larger array when it does not fit.</summary>
    private static byte[] Gather(byte[]? gathered, int length, ReadOnlySequence<byte> buffer)
    {
        var needed = length + (int)buffer.Length;
        if (gathered is null || gathered.Length < needed)
        {
            var larger = ArrayPool<byte>.Shared.Rent(Math.Max(needed, (gathered?.Length ?? 0) * 2));
            if (gathered is not null)
            {
                gathered.AsSpan(0, length).CopyTo(larger);
                ArrayPool<byte>.Shared.Return(gathered);
            }

            gathered = larger;
        }

        buffer.CopyTo(gathered.AsSpan(length));
        return gathered;
    }
}
