using PartyOrg.Api.Changes;
using PartyOrg.Api.Changes.Redis;
using PartyOrg.Api.Limits;

namespace PartyOrg.Api.Hosting;

/// <summary>Shares the rate limits through the change feed's Redis connection when <c>Changes:Redis</c> is set.</summary>
public static class SharedLimitsRegistration
{
    public static IServiceCollection AddSharedRateLimits(this IServiceCollection services, ChangeFeedOptions changes)
    {
        if (changes.Redis is not null)
        {
            services.AddSingleton(provider => new SharedRateLimits(() => provider.GetRequiredService<RedisChangeBus>().Connection));
        }

        return services;
    }
}
