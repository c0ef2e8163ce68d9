using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using PartyOrg.Api.Changes;
using PartyOrg.Api.Tests.Support;
using PartyOrg.Api.Tests.Transport.WebSockets.Support;
using PartyOrg.Api.Transport.WebSockets;

namespace PartyOrg.Api.Tests.Security.Access;

/// <summary>graphql-transport-ws sockets that carry a key in <c>connection_init</c> (or none: anonymous), and the feed's subscriber count.</summary>
public static class AccessSockets
{
    /// <summary>Connects without an Authorization header and sends <c>{"apiKey": key}</c> (nothing for null) in <c>connection_init</c>.</summary>
    public static async Task<ProtocolClient> ConnectAsync(ApiFactory api, string? key)
    {
        var client = api.Server.CreateWebSocketClient();
        client.SubProtocols.Add(GraphQLTransportWs.SubProtocol);
        using var timeout = new CancellationTokenSource(ProtocolClient.Patience);
        var socket = new ProtocolClient(await client.ConnectAsync(new Uri(api.Server.BaseAddress, GraphQLHttp.Path), timeout.Token));
        await socket.InitAsync(key is null ? null : new { apiKey = key });
        return socket;
    }

    public static int Subscribers(ApiFactory api) => api.Services.GetRequiredService<ChangeFeed>().SubscriberCount;

    /// <summary>Waits until the feed counts <paramref name="count"/> subscribers: subscribing is asynchronous.</summary>
    public static Task WaitForSubscribersAsync(ApiFactory api, int count) =>
        Eventually.TrueAsync(() => Subscribers(api) == count, $"the feed counts {count} subscribers (it counts {Subscribers(api)})");

    /// <summary>The first <c>next</c> or <c>error</c> message of each of the operations, whatever order they come in.</summary>
    public static async Task<Dictionary<string, JsonElement>> FirstOfEachAsync(ProtocolClient socket, params string[] ids)
    {
        var first = new Dictionary<string, JsonElement>(StringComparer.Ordinal);
        while (first.Count < ids.Length)
        {
            var message = await socket.ReceiveMessageAsync();
            if (message.Id() is { } id && ids.Contains(id) && message.Type() is "next" or "error")
            {
                first.TryAdd(id, message);
            }
        }

        return first;
    }

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
