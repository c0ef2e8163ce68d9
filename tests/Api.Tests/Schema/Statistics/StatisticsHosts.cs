using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using PartyOrg.Api.Tests.Querying.Statements;
using PartyOrg.Api.Tests.Support;

namespace PartyOrg.Api.Tests.Schema.Statistics;

/// <summary>
/// The API seeded at full scale (74,000 branches, 1.6 million members) with a <see cref="StatementCounter"/>.
/// Generating it takes tens of seconds, so one host serves every class of <see cref="FullScaleApiCollection"/>.
/// </summary>
public sealed class FullScaleApi : ApiFactory
{
    public StatementCounter Counter { get; } = new();

    /// <summary>A fixed noise secret: the released figures, and so the measured errors, are the same every run.</summary>
    protected override IEnumerable<KeyValuePair<string, string>> Settings =>
        [new("Seed:Scale", "full"), new("Privacy:Secret", "the full-scale tests' fixed secret"), new("Webhooks:Deliver", "false")];

    /// <summary>Like <see cref="CountingApi.StatementsOfAsync"/>: the statements of one successful request after warm-up.</summary>
    public async Task<IReadOnlyList<Statement>> StatementsOfAsync(string query)
    {
        await QueryAsync("{ region { code } }");
        Counter.Clear();
        var body = await QueryAsync(query);
        var statements = Counter.Statements;
        Assert.False(body.TryGetProperty("errors", out var errors), errors.ToString());
        return statements;
    }

    protected override void ConfigureServices(IServiceCollection services) =>
        services.WithoutStatisticsReleaseJob().AddSingleton<IInterceptor>(Counter);
}

[CollectionDefinition(Name)]
public sealed class FullScaleApiCollection : ICollectionFixture<FullScaleApi>
{
    public const string Name = "statistics at full scale";
}

/// <summary>One demo-scale host, with a statement counter, for every demo-scale statistics class: seeding it once saves a host per class.</summary>
[CollectionDefinition(Name)]
public sealed class DemoScaleApiCollection : ICollectionFixture<CountingApi>
{
    public const string Name = "statistics at demo scale";
}
