using Microsoft.Extensions.DependencyInjection.Extensions;
using PartyOrg.Api.Limits;
using PartyOrg.Api.Telemetry;
using PartyOrg.Api.Transport.Http;
using PartyOrg.Api.Transport.Streaming;
using PartyOrg.Api.Transport.Webhooks;
using PartyOrg.Api.Transport.WebSockets;

namespace PartyOrg.Api.Transport;

/// <summary>Registers the execution path every transport runs requests through, once, and both transports on it.</summary>
public static class TransportRegistration
{
    /// <summary>
    /// <typeparamref name="TConnectionInit"/> decides who a socket is on <c>connection_init</c>; the WebSocket transport has no default.
    /// The services <see cref="GraphQLExecution"/> reads (security options, trusted documents, the rate limiter) are registered by the caller.
    /// </summary>
    public static IServiceCollection AddGraphQLTransports<TConnectionInit>(this IServiceCollection services, GraphQLHttpOptions http, GraphQLWebSocketOptions webSockets)
        where TConnectionInit : class, IConnectionInitHandler
    {
        services.AddSingleton<DocumentCache>();
        services.AddSingleton<GraphQLExecution>();
        services.AddSingleton<ExecutionDeadlines>();
        services.AddOperationTelemetry();
        services.TryAddSingleton(provider => StreamingOptions.Load(provider.GetRequiredService<IConfiguration>()));
        services.AddSingleton<StreamingResponder>();
        services.AddWebhookDelivery();
        services.AddGraphQLHttp(http);
        services.AddGraphQLWebSockets(webSockets);
        services.AddSingleton<IConnectionInitHandler, TConnectionInit>();
        return services;
    }
}
