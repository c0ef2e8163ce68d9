using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using PartyOrg.Api.Changes;
using PartyOrg.Api.Tests.Support;

namespace PartyOrg.Api.Tests.Security.Access;

/// <summary>What the access tests read from graphql-transport-ws answers, and the feed's subscriber count.</summary>
public static class AccessSockets
{
    public static int Subscribers(ApiFactory api) => api.Services.GetRequiredService<ChangeFeed>().SubscriberCount;

    /// <summary>Waits until the feed counts <paramref name="count"/> subscribers: subscribing is asynchronous.</summary>
    public static Task WaitForSubscribersAsync(ApiFactory api, int count) =>
        Eventually.TrueAsync(() => Subscribers(api) == count, $"the feed counts {count} subscribers (it counts {Subscribers(api)})");

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
