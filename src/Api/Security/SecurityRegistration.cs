using System.Net;
using Microsoft.AspNetCore.HttpOverrides;
using PartyOrg.Domain.Data;

namespace PartyOrg.Api.Security;

/// <summary>Registers keys and the caller's authentication on both transports.</summary>
public static class SecurityRegistration
{
    /// <param name="options">The <c>Security</c> section, as <see cref="Load"/> checked it.</param>
    public static IServiceCollection AddPartySecurity(this IServiceCollection services, SecurityOptions options)
    {
        services.AddSingleton(options);
        services.AddSingleton<KeyAuthenticator>();
        services.Configure<ForwardedHeadersOptions>(forwarded =>
        {
            forwarded.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;
            forwarded.KnownProxies.Clear();
            forwarded.KnownIPNetworks.Clear();
            foreach (var proxy in options.KnownProxies)
            {
                forwarded.KnownProxies.Add(IPAddress.Parse(proxy));
            }
        });
        return services;
    }

    /// <summary>Believes <c>X-Forwarded-For</c> from the configured proxies only, so rate limits count the real client.</summary>
    public static IApplicationBuilder UsePartySecurity(this IApplicationBuilder app)
    {
        var options = app.ApplicationServices.GetRequiredService<SecurityOptions>();
        return options.KnownProxies.Count > 0 ? app.UseForwardedHeaders() : app;
    }

    /// <summary>Binds the <c>Security</c> section and checks every value, so a bad one stops the start with one line.</summary>
    public static SecurityOptions Load(IConfiguration configuration)
    {
        SecurityOptions options;
        try
        {
            options = configuration.GetSection(SecurityOptions.Section).Get<SecurityOptions>() ?? new SecurityOptions();
        }
        catch (InvalidOperationException e)
        {
            throw new ConfigurationException($"{e.Message} Expected: Security limits are whole numbers, ExecutionTimeout a time such as 00:00:30, Introspection true or false.");
        }

        var limits = options.Limits;
        Positive("Security:Limits:MaxDepth", limits.MaxDepth);
        Positive("Security:Limits:MaxFields", limits.MaxFields);
        Positive("Security:Limits:MaxDocumentNodes", limits.MaxDocumentNodes);
        Positive("Security:Limits:MaxAliases", limits.MaxAliases, allowZero: true);
        Positive("Security:Limits:MaxRootFields", limits.MaxRootFields);
        Positive("Security:Limits:AssumedListSize", limits.AssumedListSize);
        Positive("Security:RateLimits:PerKeyPerMinute", options.RateLimits.PerKeyPerMinute);
        Positive("Security:RateLimits:AnonymousPerMinute", options.RateLimits.AnonymousPerMinute);
        Positive("Security:KeyCacheSeconds", options.KeyCacheSeconds, allowZero: true);
        Positive("Security:StreamTokenSeconds", options.StreamTokenSeconds);
        if (!(limits.MaxFieldCost > 0) || !(limits.MaxTypeCost > 0))
        {
            throw new ConfigurationException($"Security:Limits:MaxFieldCost and MaxTypeCost must be positive, got {limits.MaxFieldCost} and {limits.MaxTypeCost}.");
        }

        if (limits.ExecutionTimeout <= TimeSpan.Zero)
        {
            throw new ConfigurationException($"Security:Limits:ExecutionTimeout must be a positive time such as 00:00:30, got {limits.ExecutionTimeout}.");
        }

        foreach (var proxy in options.KnownProxies)
        {
            if (!IPAddress.TryParse(proxy, out _))
            {
                throw new ConfigurationException($"Security:KnownProxies lists '{proxy}', which is not an IP address.");
            }
        }

        return options;
    }

    private static void Positive(string name, int value, bool allowZero = false)
    {
        if (value < 0 || (value == 0 && !allowZero))
        {
            throw new ConfigurationException($"{name} must be {(allowZero ? "zero or more" : "a positive whole number")}, got {value}.");
        }
    }
}
