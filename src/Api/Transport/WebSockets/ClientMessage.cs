using System.Text.Json;
using GraphQL.Transport;

namespace PartyOrg.Api.Transport.WebSockets;

/// <summary>
/// A client message that has the shape the protocol gives its type: <see cref="Id"/> is set for
/// <c>subscribe</c> and <c>complete</c>, <see cref="Request"/> for <c>subscribe</c>, and <see cref="Payload"/>
/// is the object (or absent) payload of <c>connection_init</c>, <c>ping</c> and <c>pong</c>.
/// </summary>
public sealed record ClientMessage(string Type, string? Id = null, JsonElement? Payload = null, GraphQLRequest? Request = null);
