using PartyOrg.Api.Tests.Support;
using PartyOrg.Api.Tests.Transport.WebSockets.Support;
using PartyOrg.Api.Transport.WebSockets;

namespace PartyOrg.Api.Tests.Transport.WebSockets;

public sealed class MessageLimitTests : IAsyncDisposable
{
    private readonly StreamingHarness _harness = new(new GraphQLWebSocketOptions { MaxMessageBytes = 256 });

    public ValueTask DisposeAsync() => _harness.DisposeAsync();

    [Fact]
    public async Task Message_over_the_size_limit_closes_1009()
    {
        await using var client = _harness.Connect();
        await client.InitAsync();

        await client.SubscribeAsync("big", "{ hello " + new string(' ', 10_000) + "}");

        Assert.Equal((1009, "Message larger than 256 bytes"), await client.ReceiveCloseAsync());
    }

    [Fact]
    public async Task Message_within_the_limit_is_served()
    {
        await using var client = _harness.Connect();
        await client.InitAsync();

        await client.SubscribeAsync("small", "{ hello }");

        Assert.Equal("world", (await client.ReceiveMessageAsync()).Payload().GetProperty("data").GetProperty("hello").GetString());
    }

    [Fact]
    public async Task Id_too_long_for_a_close_reason_is_cut_to_123_bytes()
    {
        await using var harness = new StreamingHarness();
        await using var client = harness.Connect();
        await client.InitAsync();
        var id = new string('长', 100);
        await client.SubscribeAsync(id, "subscription { events }");

        await client.SubscribeAsync(id, "subscription { events }");

        var (code, description) = await client.ReceiveCloseAsync();
        Assert.Equal(4409, code);
        Assert.StartsWith("Subscriber for 长长", description, StringComparison.Ordinal);
        Assert.InRange(System.Text.Encoding.UTF8.GetByteCount(description!), 100, CloseReason.MaxDescriptionBytes);
    }
}
