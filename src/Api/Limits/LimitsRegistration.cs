using PartyOrg.Api.Security;

namespace PartyOrg.Api.Limits;

/// <summary>Registers the request limits, the rate limits and the trusted documents, all configured in the <c>Security</c> section.</summary>
public static class LimitsRegistration
{
    /// <summary>The trusted-document manifest is read and checked here, so a bad one stops the start.</summary>
    public static IServiceCollection AddPartyLimits(this IServiceCollection services, SecurityOptions options, string contentRoot)
    {
        services.AddSingleton(options.Limits);
        services.AddSingleton(options.RateLimits);
        services.AddSingleton(TrustedDocuments.Load(options.TrustedDocuments, contentRoot));
        services.AddSingleton<RequestRateLimiter>();
        return services;
    }
}
