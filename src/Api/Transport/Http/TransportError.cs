using GraphQL;
using PartyOrg.Api.Querying;
using PartyOrg.Api.Security;

namespace PartyOrg.Api.Transport.Http;

/// <summary>A request refused before execution, with its HTTP status and error code.</summary>
public sealed record TransportError(int StatusCode, string Code, string Message)
{
    public static TransportError NotAcceptable { get; } = new(
        StatusCodes.Status406NotAcceptable, "NOT_ACCEPTABLE",
        $"The Accept header must allow {MediaTypes.GraphQLResponse} or {MediaTypes.Json}.");

    public static TransportError UnsupportedMediaType { get; } = new(
        StatusCodes.Status415UnsupportedMediaType, "UNSUPPORTED_MEDIA_TYPE",
        $"A POST request must have Content-Type {MediaTypes.Json} (UTF-8).");

    public static TransportError MissingQuery { get; } = new(
        StatusCodes.Status400BadRequest, "MISSING_QUERY",
        "The request has no GraphQL document: send it in 'query'.");

    public static TransportError TooLarge(long limit) => new(
        StatusCodes.Status413PayloadTooLarge, "REQUEST_TOO_LARGE",
        $"The request body is larger than the limit of {limit} bytes.");

    /// <summary>The database failed before execution began (checking the key, reading a trusted document).</summary>
    public static TransportError DatabaseUnavailable { get; } = new(
        StatusCodes.Status503ServiceUnavailable, DatabaseFailures.Code, DatabaseFailures.Message);

    public static TransportError NotAuthenticated(string why) => new(
        StatusCodes.Status401Unauthorized, KeyAuthenticator.NotAuthenticated, why);

    public static TransportError InvalidJson(string what, string detail) => new(
        StatusCodes.Status400BadRequest, "INVALID_JSON",
        $"{what} is not valid JSON: {detail}");

    public static TransportError InvalidRequest(string what, string expected) => new(
        StatusCodes.Status400BadRequest, "INVALID_REQUEST",
        $"{what} is JSON but not of the expected shape: {expected}");

    /// <summary>The spec-shaped body: <c>{"errors":[{"message":…,"extensions":{"code":…}}]}</c>.</summary>
    public ExecutionResult ToResult() => new(new ExecutionError(Message) { Code = Code });
}
