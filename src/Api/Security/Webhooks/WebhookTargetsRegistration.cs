using Microsoft.Extensions.DependencyInjection.Extensions;

namespace PartyOrg.Api.Security.Webhooks;

public static class WebhookTargetsRegistration
{
    /// <summary>The options (read when first needed unless registered before) and the target rules; a test may register its own resolver first.</summary>
    public static IServiceCollection AddWebhookTargets(this IServiceCollection services)
    {
        services.TryAddSingleton(provider => WebhookOptions.Load(provider.GetService<IConfiguration>()));
        services.TryAddSingleton<WebhookHostResolver>();
        services.TryAddSingleton<WebhookTargets>();
        return services;
    }
}
