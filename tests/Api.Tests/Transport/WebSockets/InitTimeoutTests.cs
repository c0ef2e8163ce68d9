using System.Diagnostics;
using PartyOrg.Api.Tests.Support;
using PartyOrg.Api.Tests.Transport.WebSockets.Support;

namespace PartyOrg.Api.Tests.Transport.WebSockets;

public sealed class InitTimeoutTests(OneSecondInitApiFactory api) : IClassFixture<OneSecondInitApiFactory>
{
    [Fact]
    public async Task Socket_without_connection_init_closes_4408_after_the_timeout()
    {
        await using var client = await GraphQLSocket.OpenAsync(api);
        var clock = Stopwatch.StartNew();

        var close = await client.ReceiveCloseAsync();

        Assert.Equal((4408, "Connection initialisation timeout"), close);
        Assert.InRange(clock.Elapsed, TimeSpan.FromSeconds(0.9), TimeSpan.FromSeconds(8));
    }

    [Fact]
    public async Task Socket_initialised_in_time_stays_open_past_the_timeout()
    {
        await using var client = await GraphQLSocket.OpenAsync(api);
        await client.InitAsync();

        await Task.Delay(TimeSpan.FromSeconds(1.5));
        await client.SendAsync(new { type = "ping" });

        Assert.Equal("pong", (await client.ReceiveMessageAsync()).Type());
    }
}
