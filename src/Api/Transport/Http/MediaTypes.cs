using Microsoft.Extensions.Primitives;
using Microsoft.Net.Http.Headers;

namespace PartyOrg.Api.Transport.Http;

/// <summary>The media types of GraphQL-over-HTTP and the choice of response type from the Accept header.</summary>
public static class MediaTypes
{
    public const string GraphQLResponse = "application/graphql-response+json";
    public const string Json = "application/json";
    public const string PlainText = "text/plain";

    /// <summary>
    /// The response media type for an Accept header, or null when it accepts neither JSON type.
    /// graphql-response+json wins ties and is the default when the header is absent.
    /// </summary>
    public static string? Negotiate(StringValues accept)
    {
        if (StringValues.IsNullOrEmpty(accept))
        {
            return GraphQLResponse;
        }

        if (!MediaTypeHeaderValue.TryParseList(accept, out var ranges))
        {
            return null;
        }

        var graphQLResponse = QualityOf(ranges, GraphQLResponse);
        var json = QualityOf(ranges, Json);
        if (graphQLResponse > 0 && graphQLResponse >= json)
        {
            return GraphQLResponse;
        }

        return json > 0 ? Json : null;
    }

    public static bool IsJson(string? contentType) =>
        MediaTypeHeaderValue.TryParse(contentType, out var value)
        && value.MediaType.Equals(Json, StringComparison.OrdinalIgnoreCase)
        && (StringSegment.IsNullOrEmpty(value.Charset) || value.Charset.Equals("utf-8", StringComparison.OrdinalIgnoreCase));

    /// <summary>The quality the most specific matching range gives a media type (0 when none matches).</summary>
    private static double QualityOf(IList<MediaTypeHeaderValue> ranges, string mediaType)
    {
        var exact = ranges.Where(r => r.MediaType.Equals(mediaType, StringComparison.OrdinalIgnoreCase)).ToList();
        var matching = exact.Count > 0 ? exact : ranges.Where(r => r.MatchesAllTypes || IsApplicationWildcard(r)).ToList();
        return matching.Count == 0 ? 0 : matching.Max(r => r.Quality ?? 1);
    }

    private static bool IsApplicationWildcard(MediaTypeHeaderValue range) =>
        range.MatchesAllSubTypes && range.Type.Equals("application", StringComparison.OrdinalIgnoreCase);
}
