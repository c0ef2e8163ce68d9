using PartyOrg.Domain.Security;

namespace PartyOrg.Api.Tests.Querying.Statements;

/// <summary>
/// Protection reads no rows per request: a key is checked once and then remembered, and scope and role checks work
/// on rows already loaded. So a scoped or anonymous caller runs exactly the statements an admin runs for the same query.
/// </summary>
public sealed class ProtectedStatementTests(CountingApi api) : IClassFixture<CountingApi>
{
    private const string Banner = "152202";

    // Flat branches of the banner with their members, and the banner's statistics: one statement per connection
    // level plus the rollup read, whoever asks.
    private const string BannerQuery =
        "{ division(code: \"152202\") { ... on Banner { name stats { memberCount } } } " +
        "branches(within: \"152202\", first: 5) { nodes { name members(first: 3) { nodes { joinedOn } } } } }";

    [Fact]
    public async Task A_key_scoped_to_a_banner_runs_the_statements_an_admin_runs()
    {
        var admin = await api.StatementsOfAsync(api.Key(Role.Admin), BannerQuery);
        var scoped = await api.StatementsOfAsync(api.Key(Role.Organizer, Banner), BannerQuery);
        var partner = await api.StatementsOfAsync(api.Key(Role.Partner, Banner), BannerQuery);

        StatementAssert.Count(3, admin);
        StatementAssert.Count(admin.Count, scoped);
        StatementAssert.Count(admin.Count, partner);
    }

    [Fact]
    public async Task An_anonymous_dashboard_query_runs_the_statements_an_admin_runs()
    {
        const string dashboard = "{ region { stats { memberCount } } leagues(first: 12) { nodes { stats { memberCount } } } }";

        var admin = await api.StatementsOfAsync(api.Key(Role.Admin), dashboard);
        var anonymous = await api.StatementsOfAsync(null, dashboard);

        // The leagues' page, and the rollups of the region and the leagues read in one batch.
        StatementAssert.Count(2, admin);
        StatementAssert.Count(admin.Count, anonymous);
    }
}
