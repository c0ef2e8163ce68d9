using System.Text.Json;
using GraphQL;
using GraphQL.SystemTextJson;
using GraphQL.Types;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using PartyOrg.Api.Querying.Paging;
using PartyOrg.Api.Schema;
using PartyOrg.Api.Security;
using PartyOrg.Domain.Data;
using PartyOrg.Domain.Generation;
using PartyOrg.Domain.Security;

namespace PartyOrg.Domain.Tests.Generation;

/// <summary>
/// The public-service rows of the source article (seed_figures.csv) at full scale, read through the GraphQL schema
/// with an admin caller over the same full-scale database as <see cref="FullScaleFiguresTests"/>.
/// </summary>
[Collection(FullScaleCollection.Name)]
public sealed class FullScaleServiceFiguresTests(FullDatabase full) : IDisposable
{
    private readonly ServiceProvider _services = new ServiceCollection()
        .AddLogging(logging => logging.SetMinimumLevel(LogLevel.Warning))
        .AddPartyDomain(new PartyDomainOptions(new DatabaseOptions(), full.Database.ConnectionString, new SeedSettings(SeedScale.Full, SeedOptions.DefaultSeed, SeededDatabase.AsOf)))
        .AddPartySchema(new PagingOptions())
        .BuildServiceProvider();

    [Fact]
    public async Task Hinggan_collected_exactly_1768_suggestions()
    {
        var data = await QueryAsync("""{ division(code: "152200") { stats { suggestionsReceivedCount } } suggestions(within: "152200") { totalCount } }""");
        Assert.Equal(1_768, data.GetProperty("division").GetProperty("stats").GetProperty("suggestionsReceivedCount").GetInt32());
        Assert.Equal(1_768, data.GetProperty("suggestions").GetProperty("totalCount").GetInt32());
    }

    [Fact]
    public async Task Hinggan_has_28000_in_service_members_reporting_within_one_percent_and_more_than_4000_projects_claimed()
    {
        var stats = (await QueryAsync("""{ division(code: "152200") { stats { inServiceRegisteredCount serviceProjectsClaimedCount } } }"""))
            .GetProperty("division").GetProperty("stats");
        Assert.InRange(stats.GetProperty("inServiceRegisteredCount").GetInt32(), 27_720, 28_280);
        Assert.True(stats.GetProperty("serviceProjectsClaimedCount").GetInt32() > 4_000);
    }

    [Fact]
    public async Task The_Hanggin_procuratorate_completed_22_matters_67_percent_of_its_plan()
    {
        var branch = await BranchAsync("150625", Calibration.HangginProcuratorate, "stats { practicalMattersCompletedCount practicalMattersCompletedShare } sector");
        var stats = branch.GetProperty("stats");
        Assert.Equal("GOVERNMENT", branch.GetProperty("sector").GetString());
        Assert.Equal(22, stats.GetProperty("practicalMattersCompletedCount").GetInt32());
        Assert.InRange(stats.GetProperty("practicalMattersCompletedShare").GetDouble(), 66, 68);
    }

    [Fact]
    public async Task The_Wuhai_veteran_cadre_bureau_published_8_elderly_service_matters()
    {
        var branch = await BranchAsync("150300", Calibration.WuhaiVeteranCadreBureau,
            "practicalMatterLists(where: {isPublished: {eq: true}}) { nodes { matters(where: {category: {eq: ELDERLY_SERVICES}}) { totalCount } } }");
        var list = Assert.Single(branch.GetProperty("practicalMatterLists").GetProperty("nodes").EnumerateArray());
        Assert.Equal(8, list.GetProperty("matters").GetProperty("totalCount").GetInt32());
    }

    [Fact]
    public async Task Nineteen_services_are_handled_through_one_network()
    {
        var data = await QueryAsync("{ oneNetworkServices(first: 50) { totalCount nodes { name } } }");
        Assert.Equal(19, data.GetProperty("oneNetworkServices").GetProperty("totalCount").GetInt32());
        Assert.Contains(data.GetProperty("oneNetworkServices").GetProperty("nodes").EnumerateArray(), n => n.GetProperty("name").GetString() == "异地就医备案");
    }

    public void Dispose() => _services.Dispose();

    private async Task<JsonElement> BranchAsync(string within, string name, string selection)
    {
        var data = await QueryAsync($$$"""{ branches(within: "{{{within}}}", where: {name: {eq: "{{{name}}}"}}) { nodes { {{{selection}}} } } }""");
        return Assert.Single(data.GetProperty("branches").GetProperty("nodes").EnumerateArray());
    }

    private async Task<JsonElement> QueryAsync(string query)
    {
        await using var scope = _services.CreateAsyncScope();
        var result = await scope.ServiceProvider.GetRequiredService<IDocumentExecuter<ISchema>>().ExecuteAsync(new ExecutionOptions
        {
            Query = query,
            RequestServices = scope.ServiceProvider,
            UserContext = new Dictionary<string, object?> { [Caller.UserContextKey] = new Caller(Role.Admin, Subtree.Everything) },
        });
        Assert.Null(result.Errors);
        using var document = JsonDocument.Parse(new GraphQLSerializer().Serialize(result));
        return document.RootElement.GetProperty("data").Clone();
    }
}
