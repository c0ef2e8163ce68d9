using Microsoft.Extensions.DependencyInjection.Extensions;
using PartyOrg.Api.Security.Webhooks;

namespace PartyOrg.Api.Transport.Webhooks;

/// <summary>Registers webhook delivery: the guarded sender, the store of delivery state and the dispatcher of every instance.</summary>
public static class WebhookRegistration
{
    public static IServiceCollection AddWebhookDelivery(this IServiceCollection services)
    {
        services.AddWebhookTargets();
        services.AddSingleton<WebhookSender>();
        services.AddSingleton<WebhookStore>();
        services.AddSingleton<WebhookRunner>();
        services.TryAddSingleton<WebhookDispatcher>();
        services.AddHostedService(provider => provider.GetRequiredService<WebhookDispatcher>());
        return services;
    }
}
