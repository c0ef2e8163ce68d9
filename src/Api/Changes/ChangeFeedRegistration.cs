using Microsoft.Extensions.DependencyInjection.Extensions;
using PartyOrg.Api.Changes.Redis;
using PartyOrg.Domain.Changes;

namespace PartyOrg.Api.Changes;

/// <summary>Registers the change feed: the in-process wake-ups, the poller and, when configured, the Redis fan-out.</summary>
public static class ChangeFeedRegistration
{
    public static IServiceCollection AddChangeFeed(this IServiceCollection services)
    {
        // Read when first needed (at the latest when the hosted services start; building the schema alone never
        // needs it). A host that loads and checks its configuration before building registers the options first.
        services.TryAddSingleton(provider => ChangeFeedOptions.Load(provider.GetService<IConfiguration>()));
        services.AddSingleton<ChangeFeed>();
        services.AddSingleton<IChangeListener>(provider => provider.GetRequiredService<ChangeFeed>());
        services.AddSingleton<ChangeLogReader>();
        services.AddSingleton<ChangeStreams>();
        services.AddHostedService<ChangeFeedPoller>();
        services.AddSingleton<RedisChangeBus>();
        services.AddSingleton<IChangeListener>(provider => provider.GetRequiredService<RedisChangeBus>());
        services.AddHostedService(provider => provider.GetRequiredService<RedisChangeBus>());
        return services;
    }
}
