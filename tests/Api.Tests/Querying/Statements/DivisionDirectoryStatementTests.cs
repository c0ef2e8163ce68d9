namespace PartyOrg.Api.Tests.Querying.Statements;

/// <summary>The division directory is read from the database once per process, then serves from memory.</summary>
public sealed class DivisionDirectoryStatementTests(CountingApi api) : IClassFixture<CountingApi>
{
    // The only test of its class: the first request of this host is the one that loads the directory. It is anonymous,
    // so no key is checked (a key check would load the directory itself, to find the key's scope).
    [Fact]
    public async Task First_request_loads_every_division_table_once_and_later_requests_read_none()
    {
        _ = api.Services;
        api.Counter.Clear();

        await api.QueryAsAsync(null, "{ region { code } }");
        var first = api.Counter.Statements;
        api.Counter.Clear();
        await api.QueryAsAsync(null, "{ region { code } division(code: \"150902008022\") { ancestors { name } } }");
        var second = api.Counter.Statements;

        // Regions, leagues, banners, townships, villages.
        StatementAssert.Count(5, first);
        StatementAssert.Count(0, second);
    }
}
