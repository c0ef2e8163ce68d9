using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using PartyOrg.Api.Transport.WebSockets;

namespace PartyOrg.Api.Tests.Transport.WebSockets;

/// <summary>The WebSocket endpoint has no default <see cref="IConnectionInitHandler"/>: without one it does not start, saying why.</summary>
public sealed class InitHandlerRequiredTests
{
    [Fact]
    public async Task The_endpoint_does_not_start_without_a_connection_init_handler()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Services.AddGraphQLWebSockets(new GraphQLWebSocketOptions());
        await using var app = builder.Build();

        var refusal = Assert.Throws<InvalidOperationException>(() => app.UseGraphQLWebSockets());

        Assert.Equal(GraphQLWebSocketEndpoint.NoInitHandler, refusal.Message);
    }
}
