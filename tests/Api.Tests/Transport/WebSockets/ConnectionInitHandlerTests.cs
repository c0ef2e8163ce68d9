using PartyOrg.Api.Security;
using PartyOrg.Api.Tests.Support;
using PartyOrg.Api.Tests.Transport.WebSockets.Support;
using PartyOrg.Api.Transport.WebSockets;
using PartyOrg.Domain.Security;

namespace PartyOrg.Api.Tests.Transport.WebSockets;

/// <summary>The plug-in point for authenticating sockets: an <see cref="IConnectionInitHandler"/> reading the init payload.</summary>
public sealed class ConnectionInitHandlerTests : IAsyncDisposable
{
    private readonly StreamingHarness _harness = new(initHandler: new ApiKeyHandler());

    public ValueTask DisposeAsync() => _harness.DisposeAsync();

    [Fact]
    public async Task Refused_connection_init_closes_4403()
    {
        await using var client = _harness.Connect();

        await client.SendAsync(new { type = "connection_init", payload = new { apiKey = "wrong" } });

        Assert.Equal((4403, "Forbidden"), await client.ReceiveCloseAsync());
    }

    [Fact]
    public async Task A_refusal_closes_with_the_handler_s_reason()
    {
        await using var harness = new StreamingHarness(initHandler: new ApiKeyHandler(new CloseReason(4401, "Unauthorized")));
        await using var client = harness.Connect();

        await client.SendAsync(new { type = "connection_init", payload = new { apiKey = "wrong" } });

        Assert.Equal((4401, "Unauthorized"), await client.ReceiveCloseAsync());
    }

    [Fact]
    public async Task Accepted_connection_init_is_acknowledged_with_the_handler_s_payload()
    {
        await using var client = _harness.Connect();

        var ack = await client.InitAsync(new { apiKey = ApiKeyHandler.Key });

        Assert.Equal("150000", ack.Payload().GetProperty("scope").GetString());
    }

    [Fact]
    public async Task Operations_run_as_the_caller_the_handler_returned_and_see_the_init_payload()
    {
        await using var client = _harness.Connect();
        await client.InitAsync(new { apiKey = ApiKeyHandler.Key });

        await client.SubscribeAsync("q", "{ whoami initPayloadKey }");

        var data = (await client.ReceiveMessageAsync()).Payload().GetProperty("data");
        Assert.Equal("partner", data.GetProperty("whoami").GetString());
        Assert.Equal(ApiKeyHandler.Key, data.GetProperty("initPayloadKey").GetString());
    }

    [Fact]
    public async Task Crashing_handler_closes_4500()
    {
        await using var harness = new StreamingHarness(initHandler: new CrashingHandler());
        await using var client = harness.Connect();

        await client.SendAsync(new { type = "connection_init" });

        Assert.Equal((4500, "Internal server error"), await client.ReceiveCloseAsync());
    }

    private sealed class ApiKeyHandler(CloseReason? refusal = null) : IConnectionInitHandler
    {
        public const string Key = "k-150000";

        public ValueTask<ConnectionInitResult> DecideAsync(WebSocketConnectionContext connection, CancellationToken cancellationToken) =>
            ValueTask.FromResult(connection.InitPayloadString("apiKey") != Key
                ? refusal is null ? ConnectionInitResult.Forbid : new ConnectionInitResult.Refused(refusal)
                : new ConnectionInitResult.Accepted(new Caller(Role.Partner, new Subtree("15")))
                {
                    AckPayload = new Dictionary<string, object?> { ["scope"] = "150000" },
                });
    }

    private sealed class CrashingHandler : IConnectionInitHandler
    {
        public ValueTask<ConnectionInitResult> DecideAsync(WebSocketConnectionContext connection, CancellationToken cancellationToken) =>
            throw new InvalidOperationException("The key store is down.");
    }
}
