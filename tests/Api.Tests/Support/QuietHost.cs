using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using PartyOrg.Api.Hosting;

namespace PartyOrg.Api.Tests.Support;

/// <summary>For hosts whose tests count the SQL statements of a request: nothing else may run statements meanwhile.</summary>
public static class QuietHost
{
    /// <summary>
    /// Takes out the statistics release job. It reads the latest release in the background when the host starts,
    /// racing the first request a test counts. The first release is made by the initializer before the host
    /// serves, so the figures served are the same without the job.
    /// </summary>
    public static IServiceCollection WithoutStatisticsReleaseJob(this IServiceCollection services)
    {
        services.Remove(services.Single(d => d.ServiceType == typeof(IHostedService) && d.ImplementationType == typeof(StatisticsReleaseJob)));
        return services;
    }
}
