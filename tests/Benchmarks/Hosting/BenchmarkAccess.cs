using Microsoft.AspNetCore.Hosting;

namespace PartyOrg.Benchmarks.Hosting;

/// <summary>
/// How the benchmarks reach the protected API: as an admin, with the request limits and rate limits lifted,
/// because they measure the whole hierarchy and thousands of requests a minute on purpose.
/// </summary>
public static class BenchmarkAccess
{
    public static void LiftLimits(IWebHostBuilder builder)
    {
        builder.UseSetting("Security:RateLimits:Enabled", "false");
        builder.UseSetting("Security:Limits:MaxDepth", "100");
        builder.UseSetting("Security:Limits:MaxFields", "100000");
        builder.UseSetting("Security:Limits:MaxFieldCost", "1000000000000000");
        builder.UseSetting("Security:Limits:MaxTypeCost", "1000000000000000");
        builder.UseSetting("Security:Limits:MaxAliases", "1000");
        builder.UseSetting("Security:Limits:MaxRootFields", "1000");
        builder.UseSetting("Security:Limits:ExecutionTimeout", "00:10:00");
    }
}
