using Microsoft.Extensions.DependencyInjection.Extensions;
using PartyOrg.Api.Limits;
using PartyOrg.Api.Security;
using PartyOrg.Api.Transport.Http;

namespace PartyOrg.Api.Transport.WebSockets;

/// <summary>
/// Registers and maps the <c>graphql-transport-ws</c> endpoint. WebSocket requests to its path are served
/// here; every other request passes on, so HTTP requests to the same path reach the HTTP endpoint.
/// </summary>
public static class GraphQLWebSocketEndpoint
{
    /// <summary>Binds and checks the <c>WebSockets</c> section; bad values throw a configuration error at start.</summary>
    public static IServiceCollection AddGraphQLWebSockets(this IServiceCollection services, IConfiguration configuration) =>
        services.AddGraphQLWebSockets(GraphQLWebSocketOptions.Load(configuration));

    public static IServiceCollection AddGraphQLWebSockets(this IServiceCollection services, GraphQLWebSocketOptions options)
    {
        options.Validate();
        services.AddSingleton(options);
        services.AddSingleton<ClientMessageReader>();
        services.AddSingleton<OperationExecutor>();

        // The shared execution path, with the service's settings when AddPartySecurity registered them, else defaults.
        services.TryAddSingleton(new SecurityOptions());
        services.TryAddSingleton(provider => provider.GetRequiredService<SecurityOptions>().RateLimits);
        services.TryAddSingleton(_ => TrustedDocuments.Load(new TrustedDocumentOptions(), string.Empty));
        services.TryAddSingleton<RequestRateLimiter>();
        services.TryAddSingleton<GraphQLExecution>();
        services.TryAddSingleton<IConnectionInitHandler, AcceptEveryConnection>();
        services.AddSingleton<GraphQLWebSocketServices>();
        services.AddSingleton<WebSocketUpgrade>();
        return services;
    }

    public static IApplicationBuilder UseGraphQLWebSockets(this IApplicationBuilder app, string path = GraphQLHttpEndpoint.DefaultPath)
    {
        app.UseWebSockets();
        var upgrade = app.ApplicationServices.GetRequiredService<WebSocketUpgrade>();
        return app.Use((context, next) =>
            context.WebSockets.IsWebSocketRequest && context.Request.Path.Equals(path, StringComparison.OrdinalIgnoreCase)
                ? upgrade.AcceptAsync(context)
                : next(context));
    }
}
