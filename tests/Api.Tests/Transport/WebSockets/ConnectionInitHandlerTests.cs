using System.Security.Claims;
using Microsoft.Extensions.DependencyInjection;
using PartyOrg.Api.Tests.Transport.WebSockets.Support;
using PartyOrg.Api.Transport.WebSockets;

namespace PartyOrg.Api.Tests.Transport.WebSockets;

/// <summary>The plug-in point for authenticating sockets: an <see cref="IConnectionInitHandler"/> reading the init payload.</summary>
public sealed class ConnectionInitHandlerTests : IAsyncDisposable
{
    private readonly StreamingHarness _harness = new(configure: services => services.AddSingleton<IConnectionInitHandler, ApiKeyHandler>());

    public ValueTask DisposeAsync() => _harness.DisposeAsync();

    [Fact]
    public async Task Refused_connection_init_closes_4403()
    {
        await using var client = _harness.Connect();

        await client.SendAsync(new { type = "connection_init", payload = new { apiKey = "wrong" } });

        Assert.Equal((4403, "Forbidden"), await client.ReceiveCloseAsync());
    }

    [Fact]
    public async Task Accepted_connection_init_is_acknowledged_with_the_handler_s_payload()
    {
        await using var client = _harness.Connect();

        var ack = await client.InitAsync(new { apiKey = ApiKeyHandler.Key });

        Assert.Equal("150000", ack.Payload().GetProperty("scope").GetString());
    }

    [Fact]
    public async Task Operations_run_as_the_user_the_handler_chose_and_see_the_init_payload()
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
        await using var harness = new StreamingHarness(configure: services => services.AddSingleton<IConnectionInitHandler, CrashingHandler>());
        await using var client = harness.Connect();

        await client.SendAsync(new { type = "connection_init" });

        Assert.Equal((4500, "Internal server error"), await client.ReceiveCloseAsync());
    }

    private sealed class ApiKeyHandler : IConnectionInitHandler
    {
        public const string Key = "k-150000";

        public ValueTask<ConnectionInitDecision> DecideAsync(WebSocketConnectionContext connection, CancellationToken cancellationToken)
        {
            if (connection.InitPayloadString("apiKey") != Key)
            {
                return ValueTask.FromResult(ConnectionInitDecision.Forbid);
            }

            connection.User = new ClaimsPrincipal(new ClaimsIdentity([new Claim(ClaimTypes.Name, "partner")], "api-key"));
            return ValueTask.FromResult(new ConnectionInitDecision(true, new Dictionary<string, object?> { ["scope"] = "150000" }));
        }
    }

    private sealed class CrashingHandler : IConnectionInitHandler
    {
        public ValueTask<ConnectionInitDecision> DecideAsync(WebSocketConnectionContext connection, CancellationToken cancellationToken) =>
            throw new InvalidOperationException("The key store is down.");
    }
}
