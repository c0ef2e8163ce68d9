using System.Text.Json;
using GraphQL;
using GraphQL.Transport;
using PartyOrg.Api.Schema;

namespace PartyOrg.Api.Transport.Http;

/// <summary>Reads a GraphQL request from a GET query string or a POST JSON body, or says why it cannot.</summary>
public sealed class GraphQLRequestReader(IGraphQLTextSerializer serializer, GraphQLHttpOptions options)
{
    private const string BodyShape = "an object with a string 'query', and optional 'operationName', 'variables' (object) and 'extensions' (object).";
    private const string ParameterShape = "a JSON object.";

    // With the API's own serializer the body is parsed where it lies; any other (a decorator, say) gets it as text.
    private readonly JsonSerializerOptions? _json = (serializer as ResultSerializer)?.Options;

    public (GraphQLRequest? Request, TransportError? Error) ReadGet(HttpRequest request)
    {
        var query = request.Query;
        try
        {
            return Checked(new GraphQLRequest
            {
                Query = query["query"].ToString(),
                OperationName = NullIfEmpty(query["operationName"].ToString()),
                DocumentId = NullIfEmpty(query["documentId"].ToString()),
                Variables = Deserialize(query["variables"].ToString()),
                Extensions = Deserialize(query["extensions"].ToString()),
            });
        }
        catch (JsonException e)
        {
            return (null, Refusal("The 'variables' or 'extensions' parameter", e, ParameterShape, IsWellFormed(query["variables"]) && IsWellFormed(query["extensions"])));
        }
    }

    public async Task<(GraphQLRequest? Request, TransportError? Error)> ReadPostAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        if (!MediaTypes.IsJson(request.ContentType))
        {
            return (null, TransportError.UnsupportedMediaType);
        }

        var limit = options.MaxRequestBytes;
        if (request.ContentLength > limit)
        {
            return (null, TransportError.TooLarge(limit));
        }

        var (read, tooLarge) = await RequestBody.ReadAsync(request.BodyReader, limit, Parse, cancellationToken);
        return tooLarge ? (null, TransportError.TooLarge(limit)) : read;
    }

    /// <summary>The request in a whole body: UTF-8 JSON of the request's shape.</summary>
    private (GraphQLRequest?, TransportError?) Parse(ReadOnlySpan<byte> body)
    {
        if (!System.Text.Unicode.Utf8.IsValid(body))
        {
            // The JSON reader checks the encoding of only the strings it reads, so invalid bytes elsewhere would pass.
            return (null, TransportError.InvalidJson("The request body", "it is not UTF-8 text."));
        }

        try
        {
            var parsed = _json is not null
                ? JsonSerializer.Deserialize<GraphQLRequest>(body, _json)
                : serializer.Deserialize<GraphQLRequest>(System.Text.Encoding.UTF8.GetString(body));
            return parsed is null ? (null, TransportError.InvalidRequest("The request body", BodyShape)) : Checked(parsed);
        }
        catch (JsonException e)
        {
            return (null, Refusal("The request body", e, BodyShape, IsWellFormed(body)));
        }
    }

    /// <summary>A request names its document by text, or by a trusted document's id (<c>documentId</c> or Apollo's <c>extensions.persistedQuery</c>).</summary>
    private static (GraphQLRequest?, TransportError?) Checked(GraphQLRequest request) =>
        string.IsNullOrWhiteSpace(request.Query) && request.DocumentId is null && request.Extensions?.ContainsKey("persistedQuery") != true
            ? (null, TransportError.MissingQuery)
            : (request, null);

    /// <summary>Malformed JSON and well-formed JSON of the wrong shape get different codes; this runs only on the error path.</summary>
    private static TransportError Refusal(string what, JsonException exception, string shape, bool wellFormed) =>
        wellFormed ? TransportError.InvalidRequest(what, shape) : TransportError.InvalidJson(what, exception.Message);

    private static bool IsWellFormed(ReadOnlySpan<byte> json)
    {
        var reader = new Utf8JsonReader(json);
        try
        {
            while (reader.Read())
            {
            }

            return true;
        }
        catch (JsonException)
        {
            return false;
        }
    }

    private static bool IsWellFormed(string? json) =>
        string.IsNullOrEmpty(json) || IsWellFormed(System.Text.Encoding.UTF8.GetBytes(json));

    private Inputs? Deserialize(string text) =>
        string.IsNullOrEmpty(text) ? null : serializer.Deserialize<Inputs>(text);

    private static string? NullIfEmpty(string text) => text.Length == 0 ? null : text;
}
