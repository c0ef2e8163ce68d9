using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Hosting;
using PartyOrg.Api.Hosting.Health;
using PartyOrg.Api.Tests.Support;

namespace PartyOrg.Api.Tests.Hosting;

/// <summary>Stopping the host (SIGTERM does the same) tells subscribers to resume elsewhere and load balancers to look away.</summary>
public sealed class GracefulShutdownTests(ApiFactory api) : IClassFixture<ApiFactory>
{
    [Fact]
    public async Task Stopping_closes_every_subscriber_with_1001_and_turns_readiness_off()
    {
        await using var first = await GraphQLSocket.ConnectAsync(api);
        await using var second = await GraphQLSocket.ConnectAsync(api);
        await first.SubscribeAsync("feed", "subscription { changes(scope: \"150000\") { position } }");
        await second.SubscribeAsync("stats", "subscription { statisticsChanged(codes: [\"150000\"]) { position } }");
        var client = api.CreateClient(key: null);
        using (var ready = await client.GetAsync("/health/ready"))
        {
            Assert.Equal(HttpStatusCode.OK, ready.StatusCode);
        }

        // Resolved first: once stopped, the host disposes its services.
        var lifetime = api.Services.GetRequiredService<IHostApplicationLifetime>();
        lifetime.StopApplication();

        Assert.Equal((1001, "Server shutting down: reconnect and resume"), await first.ReceiveCloseAsync());
        Assert.Equal((1001, "Server shutting down: reconnect and resume"), await second.ReceiveCloseAsync());
        var accepting = await new StoppingHealthCheck(lifetime).CheckHealthAsync(new HealthCheckContext());
        Assert.Equal(HealthStatus.Unhealthy, accepting.Status);
        Assert.Equal("The instance is shutting down.", accepting.Description);
    }
}
