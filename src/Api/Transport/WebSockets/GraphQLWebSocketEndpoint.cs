using PartyOrg.Api.Telemetry;
using PartyOrg.Api.Transport.Http;

namespace PartyOrg.Api.Transport.WebSockets;

/// <summary>
/// Registers and maps the <c>graphql-transport-ws</c> endpoint. WebSocket requests to its path are served
/// here; every other request passes on, so HTTP requests to the same path reach the HTTP endpoint.
/// </summary>
public static class GraphQLWebSocketEndpoint
{
    public const string NoInitHandler =
        "The WebSocket endpoint has no IConnectionInitHandler. It decides who each socket is on connection_init and has no default: " +
        "register one (AddGraphQLTransports<TConnectionInit> does) before the endpoint starts.";

    /// <summary>
    /// The endpoint without its <see cref="IConnectionInitHandler"/>, which the caller registers (see
    /// <see cref="TransportRegistration.AddGraphQLTransports{TConnectionInit}"/>); without one the endpoint does not start.
    /// </summary>
    public static IServiceCollection AddGraphQLWebSockets(this IServiceCollection services, GraphQLWebSocketOptions options)
    {
        options.Validate();
        services.AddSingleton(options);
        services.AddOperationTelemetry();
        services.AddSingleton<ClientMessageReader>();
        services.AddSingleton<OperationExecutor>();
        services.AddSingleton<GraphQLWebSocketServices>();
        services.AddSingleton<WebSocketUpgrade>();
        return services;
    }

    /// <summary>Resolves the endpoint at once, so a missing service stops the start rather than the first socket.</summary>
    public static IApplicationBuilder UseGraphQLWebSockets(this IApplicationBuilder app, string path = GraphQLHttpEndpoint.DefaultPath)
    {
        _ = app.ApplicationServices.GetService<IConnectionInitHandler>() ?? throw new InvalidOperationException(NoInitHandler);
        app.UseWebSockets();
        var upgrade = app.ApplicationServices.GetRequiredService<WebSocketUpgrade>();
        return app.Use((context, next) =>
            context.WebSockets.IsWebSocketRequest && context.Request.Path.Equals(path, StringComparison.OrdinalIgnoreCase)
                ? upgrade.AcceptAsync(context)
                : next(context));
    }
}
