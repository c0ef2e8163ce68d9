using Microsoft.Extensions.Configuration;
using PartyOrg.Api.Tests.Support;
using PartyOrg.Api.Transport.WebSockets;

namespace PartyOrg.Api.Tests.Transport.WebSockets.Support;

/// <summary>Opens real WebSockets to the test host's <c>/graphql</c>.</summary>
public static class SocketConnections
{
    public static Task<ProtocolClient> ConnectSocketAsync(this ApiFactory api) =>
        api.ConnectSocketAsync([GraphQLTransportWs.SubProtocol]);

    public static async Task<ProtocolClient> ConnectSocketAsync(this ApiFactory api, IEnumerable<string> subProtocols)
    {
        var client = api.Server.CreateWebSocketClient();
        if (api.ClientKey is { } key)
        {
            client.ConfigureRequest = request => request.Headers.Authorization = $"Bearer {key}";
        }

        foreach (var subProtocol in subProtocols)
        {
            client.SubProtocols.Add(subProtocol);
        }

        using var timeout = new CancellationTokenSource(ProtocolClient.Patience);
        var socket = await client.ConnectAsync(new Uri(api.Server.BaseAddress, GraphQLHttp.Path), timeout.Token);
        return new ProtocolClient(socket);
    }
}

/// <summary>The API with a 1 s <c>connection_init</c> timeout.</summary>
public sealed class OneSecondInitApiFactory : ApiFactory
{
    protected override IEnumerable<KeyValuePair<string, string>> Settings =>
        [new($"{GraphQLWebSocketOptions.Section}:{nameof(GraphQLWebSocketOptions.ConnectionInitTimeoutSeconds)}", "1")];
}
