using System.Text.Json;
using PartyOrg.Api.Tests.Support;

namespace PartyOrg.Api.Tests.Security.Access;

/// <summary>What the access tests read from graphql-transport-ws answers.</summary>
public static class AccessSockets
{
    /// <summary>The errors of a refused subscription: the protocol's <c>error</c> payload, or those of a <c>next</c>.</summary>
    public static List<ResponseError> Errors(JsonElement message)
    {
        var payload = message.Payload();
        return message.Type() == "error"
            ? AccessPaths.Errors(JsonDocument.Parse($"{{\"errors\": {payload.GetRawText()}}}").RootElement)
            : AccessPaths.Errors(payload);
    }

    /// <summary>The <c>next</c> message's payload, as a body with <c>data</c> and maybe <c>errors</c>.</summary>
    public static JsonElement Body(JsonElement message) => message.Type() == "next" ? message.Payload() : JsonDocument.Parse("{}").RootElement;
}
