using GraphQL;
using PartyOrg.Domain.Security;

namespace PartyOrg.Api.Security;

/// <summary>
/// Who sent a request: a role and the subtree it is confined to, from the API key or anonymous.
/// Every operation finds it in its user context; absent, the caller is anonymous.
/// </summary>
public sealed record Caller(Role Role, Subtree Scope, string? KeyId = null, byte[]? PseudonymSalt = null)
{
    public const string UserContextKey = "party.caller";

    /// <summary>No key: anonymous, region-wide.</summary>
    public static Caller Anonymous { get; } = new(Role.Anonymous, Subtree.Everything);

    /// <summary>The client's address as the transport saw it (after trusted proxies); the public intake limits by it.</summary>
    public string? ClientAddress { get; init; }

    /// <summary>The partition rate limits count this caller's requests in.</summary>
    public string RateLimitPartition(string? clientAddress) => KeyId is { } id ? $"key:{id}" : $"address:{clientAddress ?? "unknown"}";

    public static Caller From(IResolveFieldContext context) => From(context.UserContext);

    public static Caller From(IDictionary<string, object?>? userContext) =>
        userContext is not null && userContext.TryGetValue(UserContextKey, out var value) && value is Caller caller ? caller : Anonymous;
}
