using PartyOrg.Api.Security;

namespace PartyOrg.Api.Transport.Http;

/// <summary>Who sent an HTTP request.</summary>
public sealed class HttpCallers(KeyAuthenticator authenticator)
{
    public const string StreamTokenParameter = "streamToken";

    /// <summary>
    /// The Authorization header; else, for a GET that asks for an event stream, a <c>streamToken</c> parameter
    /// (<see cref="StreamTokens"/>). API keys are never read from a URL.
    /// </summary>
    public Task<Authentication> AuthenticateAsync(HttpRequest request, bool eventSource, CancellationToken cancellationToken)
    {
        var header = request.Headers.Authorization.ToString();
        if (!request.Query.TryGetValue(StreamTokenParameter, out var token))
        {
            return authenticator.FromHeaderAsync(header, cancellationToken);
        }

        return !eventSource || header.Length > 0 || token.Count != 1
            ? Task.FromResult(Authentication.Refused($"A '{StreamTokenParameter}' parameter is accepted only once, on a GET with Accept: text/event-stream and no Authorization header."))
            : authenticator.FromStreamTokenAsync(token.ToString(), cancellationToken);
    }

}
