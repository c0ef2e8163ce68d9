using System.Net;
using System.Security.Claims;
using GraphQL;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using PartyOrg.Api.Transport.WebSockets;

namespace PartyOrg.Api.Tests.Transport.WebSockets.Support;

/// <summary>
/// Runs the connection handler of the WebSocket endpoint on in-memory sockets against <see cref="StreamingSchema"/>,
/// without a web host, so a test controls the event stream and how fast the client reads.
/// </summary>
public sealed class StreamingHarness : IAsyncDisposable
{
    private readonly ServiceProvider _services;
    private readonly List<(SocketPair Pair, Task Serving)> _connections = [];

    public StreamingHarness(GraphQLWebSocketOptions? options = null, Action<IServiceCollection>? configure = null)
    {
        var services = new ServiceCollection();
        services.AddLogging(logging => logging.SetMinimumLevel(LogLevel.Warning));
        services.AddSingleton<EventSource>();
        services.AddSingleton<Counter>();
        services.AddGraphQL(graphQL => graphQL
            .AddSchema<StreamingSchema>()
            .AddGraphTypes(typeof(StreamingSchema).Assembly)
            .AddSystemTextJson());
        services.AddGraphQLWebSockets(options ?? new GraphQLWebSocketOptions());
        configure?.Invoke(services);
        _services = services.BuildServiceProvider();
    }

    public EventSource Events => _services.GetRequiredService<EventSource>();

    public Counter Counter => _services.GetRequiredService<Counter>();

    /// <summary>A connected client; the server side runs until the socket closes.</summary>
    public ProtocolClient Connect(long clientBufferBytes = 1024 * 1024, string? userName = null)
    {
        var pair = new SocketPair(clientBufferBytes, GraphQLTransportWs.SubProtocol);
        var user = new ClaimsPrincipal(userName is null ? new ClaimsIdentity() : new ClaimsIdentity([new Claim(ClaimTypes.Name, userName)], "test"));
        var serving = _services.GetRequiredService<GraphQLWebSocketServices>()
            .RunAsync(pair.Server, new WebSocketConnectionContext(user, IPAddress.Loopback), CancellationToken.None);
        _connections.Add((pair, serving));
        return new ProtocolClient(pair.Client);
    }

    /// <summary>Waits until every server side has returned, i.e. its operations are cancelled and its socket closed.</summary>
    public Task WhenServedAsync() => Task.WhenAll(_connections.Select(c => c.Serving)).WaitAsync(ProtocolClient.Patience);

    public async ValueTask DisposeAsync()
    {
        foreach (var (pair, _) in _connections)
        {
            pair.Client.Abort();
        }

        await Task.WhenAll(_connections.Select(c => c.Serving)).WaitAsync(ProtocolClient.Patience);
        foreach (var (pair, _) in _connections)
        {
            pair.Dispose();
        }

        await _services.DisposeAsync();
    }
}
