using PartyOrg.Api.Tests.Support;

namespace PartyOrg.Api.Tests.Transport.WebSockets;

public sealed class ConnectionInitTests(ApiFactory api) : IClassFixture<ApiFactory>
{
    [Fact]
    public async Task Socket_offering_graphql_transport_ws_is_accepted_with_it()
    {
        await using var client = await GraphQLSocket.OpenAsync(api);

        Assert.Equal("graphql-transport-ws", client.Socket.SubProtocol);
    }

    [Fact]
    public async Task Connection_init_is_acknowledged()
    {
        await using var client = await GraphQLSocket.OpenAsync(api);

        var ack = await client.InitAsync(new { client = "anything" });

        Assert.False(ack.HasPayload());
    }

    [Fact]
    public async Task Second_connection_init_closes_4429()
    {
        await using var client = await GraphQLSocket.OpenAsync(api);
        await client.InitAsync();

        await client.SendAsync(new { type = "connection_init" });

        Assert.Equal((4429, "Too many initialisation requests"), await client.ReceiveCloseAsync());
    }

    [Fact]
    public async Task Subscribe_before_connection_init_closes_4401()
    {
        await using var client = await GraphQLSocket.OpenAsync(api);

        await client.SubscribeAsync("1", "{ region { code } }");

        Assert.Equal((4401, "Unauthorized"), await client.ReceiveCloseAsync());
    }

    [Fact]
    public async Task Socket_without_a_subprotocol_closes_4406()
    {
        await using var client = await GraphQLSocket.OpenAsync(api, []);

        Assert.Equal((4406, "Subprotocol not acceptable"), await client.ReceiveCloseAsync());
    }

    [Fact]
    public async Task Socket_offering_only_the_legacy_graphql_ws_subprotocol_closes_4406()
    {
        await using var client = await GraphQLSocket.OpenAsync(api, ["graphql-ws"]);

        Assert.Equal((4406, "Subprotocol not acceptable"), await client.ReceiveCloseAsync());
    }

    [Fact]
    public async Task Http_requests_to_the_same_path_still_reach_the_http_endpoint()
    {
        var body = await api.QueryAsync("{ region { code } }");

        Assert.Equal("150000", body.GetProperty("data").GetProperty("region").GetProperty("code").GetString());
    }
}
