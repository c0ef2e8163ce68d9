using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using PartyOrg.Api.Changes;
using PartyOrg.Api.Hosting;
using PartyOrg.Api.Tests.Support;
using PartyOrg.Api.Transport.Webhooks;

namespace PartyOrg.Api.Tests.Hosting;

/// <summary>
/// The host starts its services one after another in the order they were registered. On a first start the database
/// is created and seeded by the initializer: every service that reads the database must come after it, or it reads
/// tables that do not exist yet (the webhook dispatcher logged "no such table: Webhooks" on every fresh start).
/// </summary>
public sealed class StartupOrderTests(ApiFactory api) : IClassFixture<ApiFactory>
{
    [Fact]
    public void The_initializer_starts_before_every_service_that_reads_the_database()
    {
        var started = api.Services.GetServices<IHostedService>().Select(s => s.GetType()).ToList();

        var initializer = started.IndexOf(typeof(DatabaseInitializer));
        Assert.True(initializer >= 0, string.Join(", ", started.Select(t => t.Name)));
        Assert.All(new[] { typeof(WebhookDispatcher), typeof(ChangeFeedPoller), typeof(StatisticsReleaseJob) },
            reader => Assert.True(started.IndexOf(reader) > initializer, $"{reader.Name} starts before the initializer: {string.Join(", ", started.Select(t => t.Name))}"));
    }
}
