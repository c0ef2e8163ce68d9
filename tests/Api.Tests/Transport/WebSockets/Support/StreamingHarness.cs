using System.Net;
using System.Security.Claims;
using GraphQL;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using PartyOrg.Api.Limits;
using PartyOrg.Api.Security;
using PartyOrg.Api.Tests.Support;
using PartyOrg.Api.Transport;
using PartyOrg.Api.Transport.WebSockets;

namespace PartyOrg.Api.Tests.Transport.WebSockets.Support;

/// <summary>
/// Runs the connection handler of the WebSocket endpoint on in-memory sockets against <see cref="StreamingSchema"/>,
/// without a web host, so a test controls the event stream and how fast the client reads. Sockets are decided by
/// <see cref="AcceptEverySocket"/> unless the test brings its own init handler.
/// </summary>
public sealed class StreamingHarness : IAsyncDisposable
{
    private readonly ServiceProvider _services;
    private readonly List<(SocketPair Pair, Task Serving)> _connections = [];

    public StreamingHarness(GraphQLWebSocketOptions? options = null, IConnectionInitHandler? initHandler = null)
    {
        var services = new ServiceCollection();
        services.AddLogging(logging => logging.SetMinimumLevel(LogLevel.Warning));
        services.AddSingleton<EventSource>();
        services.AddSingleton<Counter>();
        services.AddGraphQL(graphQL => graphQL
            .AddSchema<StreamingSchema>()
            .AddGraphTypes(typeof(StreamingSchema).Assembly)
            .AddSystemTextJson());

        // The service's execution path with default security settings and no key store.
        var security = new SecurityOptions();
        services.AddSingleton(security);
        services.AddSingleton(security.RateLimits);
        services.AddSingleton<RequestRateLimiter>();
        services.AddSingleton(TrustedDocuments.Load(security.TrustedDocuments, string.Empty));
        services.AddSingleton<DocumentCache>();
        services.AddSingleton(new ExecutionDeadlines(security, TimeProvider.System));
        services.AddSingleton<GraphQLExecution>();
        services.AddGraphQLWebSockets(options ?? new GraphQLWebSocketOptions());
        services.AddSingleton(initHandler ?? new AcceptEverySocket());
        _services = services.BuildServiceProvider();
    }

    public EventSource Events => _services.GetRequiredService<EventSource>();

    public Counter Counter => _services.GetRequiredService<Counter>();

    /// <summary>A connected client; the server side runs until the socket closes.</summary>
    public GraphQLSocket Connect(long clientBufferBytes = 1024 * 1024)
    {
        var pair = new SocketPair(clientBufferBytes, GraphQLTransportWs.SubProtocol);
        var serving = _services.GetRequiredService<GraphQLWebSocketServices>()
            .RunAsync(pair.Server, new WebSocketConnectionContext(new ClaimsPrincipal(new ClaimsIdentity()), IPAddress.Loopback), CancellationToken.None);
        _connections.Add((pair, serving));
        return new GraphQLSocket(pair.Client);
    }

    /// <summary>Waits until every server side has returned, i.e. its operations are cancelled and its socket closed.</summary>
    public Task WhenServedAsync() => Task.WhenAll(_connections.Select(c => c.Serving)).WaitAsync(GraphQLSocket.Patience);

    public async ValueTask DisposeAsync()
    {
        foreach (var (pair, _) in _connections)
        {
            pair.Client.Abort();
        }

        await Task.WhenAll(_connections.Select(c => c.Serving)).WaitAsync(GraphQLSocket.Patience);
        foreach (var (pair, _) in _connections)
        {
            pair.Dispose();
        }

        await _services.DisposeAsync();
    }

    /// <summary>Every socket that sends <c>connection_init</c> is accepted, as an anonymous caller.</summary>
    private sealed class AcceptEverySocket : IConnectionInitHandler
    {
        public ValueTask<ConnectionInitResult> DecideAsync(WebSocketConnectionContext connection, CancellationToken cancellationToken) =>
            ValueTask.FromResult(ConnectionInitResult.Accept(Caller.Anonymous));
    }
}
