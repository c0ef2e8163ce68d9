using PartyOrg.Api.Tests.Support;

namespace PartyOrg.Api.Tests.Transport.WebSockets;

public sealed class PingPongTests(ApiFactory api) : IClassFixture<ApiFactory>
{
    [Fact]
    public async Task Ping_is_answered_with_pong_echoing_its_payload()
    {
        await using var client = await GraphQLSocket.OpenAsync(api);
        await client.InitAsync();

        await client.SendAsync(new { type = "ping", payload = new { sent = 42, note = "呼和浩特" } });

        var pong = await client.ReceiveMessageAsync();
        Assert.Equal("pong", pong.Type());
        Assert.Equal(42, pong.Payload().GetProperty("sent").GetInt32());
        Assert.Equal("呼和浩特", pong.Payload().GetProperty("note").GetString());
    }

    [Fact]
    public async Task Ping_without_payload_gets_pong_without_payload()
    {
        await using var client = await GraphQLSocket.OpenAsync(api);
        await client.InitAsync();

        await client.SendAsync(new { type = "ping" });

        var pong = await client.ReceiveMessageAsync();
        Assert.Equal("pong", pong.Type());
        Assert.False(pong.HasPayload());
    }

    [Fact]
    public async Task Ping_is_answered_before_connection_init()
    {
        await using var client = await GraphQLSocket.OpenAsync(api);

        await client.SendAsync(new { type = "ping" });

        Assert.Equal("pong", (await client.ReceiveMessageAsync()).Type());
    }

    [Fact]
    public async Task Pong_from_the_client_gets_no_answer()
    {
        await using var client = await GraphQLSocket.OpenAsync(api);
        await client.InitAsync();

        await client.SendAsync(new { type = "pong", payload = new { beat = 1 } });
        await client.SendAsync(new { type = "ping", payload = new { beat = 2 } });

        var next = await client.ReceiveMessageAsync();
        Assert.Equal("pong", next.Type());
        Assert.Equal(2, next.Payload().GetProperty("beat").GetInt32());
    }
}
