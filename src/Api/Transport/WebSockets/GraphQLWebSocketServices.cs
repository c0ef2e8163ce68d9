using System.Net.WebSockets;
using GraphQL;

namespace PartyOrg.Api.Transport.WebSockets;

/// <summary>What every connection of the endpoint shares: settings, serializer, reader, executor and the init handler.</summary>
public sealed class GraphQLWebSocketServices(
    GraphQLWebSocketOptions options,
    IGraphQLSerializer serializer,
    ClientMessageReader reader,
    OperationExecutor executor,
    IConnectionInitHandler initHandler,
    IServiceScopeFactory scopes,
    ILogger<GraphQLWebSocketConnection> logger,
    IHostApplicationLifetime? lifetime = null)
{
    public GraphQLWebSocketOptions Options { get; } = options;

    public IGraphQLSerializer Serializer { get; } = serializer;

    public ClientMessageReader Reader { get; } = reader;

    public OperationExecutor Executor { get; } = executor;

    public IConnectionInitHandler InitHandler { get; } = initHandler;

    /// <summary>Each operation runs in its own scope of the application's services.</summary>
    public IServiceScopeFactory Scopes { get; } = scopes;

    public ILogger Logger { get; } = logger;

    /// <summary>
    /// Cancelled when the host begins to stop: every socket then closes with 1001 so its client resumes elsewhere.
    /// Without a host (the endpoint served from bare services) nothing stops it.
    /// </summary>
    public CancellationToken Stopping { get; } = lifetime?.ApplicationStopping ?? CancellationToken.None;

    /// <summary>Serves an accepted <c>graphql-transport-ws</c> socket until it closes.</summary>
    public Task RunAsync(WebSocket socket, WebSocketConnectionContext context, CancellationToken aborted) =>
        new GraphQLWebSocketConnection(socket, context, this).RunAsync(aborted);
}
