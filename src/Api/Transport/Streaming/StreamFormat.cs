using Microsoft.Extensions.Primitives;
using Microsoft.Net.Http.Headers;

namespace PartyOrg.Api.Transport.Streaming;

/// <summary>How a streamed response is framed: graphql-sse's events, or Apollo Client's multipart subscription parts.</summary>
public enum StreamFormat
{
    EventStream,
    Multipart,
}

public static class StreamFormats
{
    public const string EventStream = "text/event-stream";
    public const string Multipart = "multipart/mixed";

    /// <summary>The transport's name in telemetry.</summary>
    public static string TransportName(StreamFormat format) => format == StreamFormat.EventStream ? "sse" : "multipart";

    /// <summary>
    /// The stream the Accept header asks for, or null for a plain JSON answer: <c>text/event-stream</c> (graphql-sse),
    /// or <c>multipart/mixed</c> with a <c>subscriptionSpec</c> parameter (Apollo Client's subscriptions over HTTP).
    /// </summary>
    public static StreamFormat? Negotiate(StringValues accept)
    {
        if (StringValues.IsNullOrEmpty(accept) || !MediaTypeHeaderValue.TryParseList(accept, out var ranges))
        {
            return null;
        }

        foreach (var range in ranges.Where(r => r.Quality is null or > 0))
        {
            if (range.MediaType.Equals(EventStream, StringComparison.OrdinalIgnoreCase))
            {
                return StreamFormat.EventStream;
            }

            if (range.MediaType.Equals(Multipart, StringComparison.OrdinalIgnoreCase)
                && range.Parameters.Any(p => p.Name.Equals("subscriptionSpec", StringComparison.OrdinalIgnoreCase)))
            {
                return StreamFormat.Multipart;
            }
        }

        return null;
    }
}
