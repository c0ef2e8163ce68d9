using System.Net;
using System.Security.Claims;
using System.Text.Json;

namespace PartyOrg.Api.Transport.WebSockets;

/// <summary>
/// What the server knows about one socket: who opened it and the payload of its <c>connection_init</c>, which an
/// <see cref="IConnectionInitHandler"/> reads to decide who the socket is. Every operation on the socket runs with
/// <see cref="User"/> and finds this context in its user context under <see cref="UserContextKey"/>.
/// </summary>
public sealed class WebSocketConnectionContext(ClaimsPrincipal user, IPAddress? remoteIpAddress, string? upgradeAuthorization = null)
{
    public const string UserContextKey = "graphql-transport-ws.connection";

    /// <summary>The user of the upgrade request.</summary>
    public ClaimsPrincipal User { get; } = user;

    public IPAddress? RemoteIpAddress { get; } = remoteIpAddress;

    /// <summary>The <c>Authorization</c> header of the upgrade request, for clients that can set one; null when absent.</summary>
    public string? UpgradeAuthorization { get; } = upgradeAuthorization;

    /// <summary>The <c>payload</c> of <c>connection_init</c> (an object), or null before it or when the client sent none.</summary>
    public JsonElement? InitPayload { get; internal set; }

    /// <summary>A string property of the init payload, e.g. an API key; null when absent or not a string.</summary>
    public string? InitPayloadString(string name) =>
        InitPayload is { ValueKind: JsonValueKind.Object } payload
        && payload.TryGetProperty(name, out var value)
        && value.ValueKind == JsonValueKind.String
            ? value.GetString()
            : null;

    internal Dictionary<string, object?> CreateUserContext() => new(StringComparer.Ordinal) { [UserContextKey] = this };
}
