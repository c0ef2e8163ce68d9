using PartyOrg.Api.Tests.Support;

namespace PartyOrg.Api.Tests.Security.Limits;

/// <summary>An execution timeout of one millisecond (other limits lifted), far shorter than any query that reads rows.</summary>
public sealed class TinyTimeoutApi : ApiFactory
{
    protected override IEnumerable<KeyValuePair<string, string>> Settings => [new("Security:Limits:ExecutionTimeout", "00:00:00.001")];
}

/// <summary>The execution timeout: a query running longer is answered HC0045 naming the timeout; the service goes on serving.</summary>
public sealed class TimeoutTests(TinyTimeoutApi tiny, ApiFactory normal) : IClassFixture<TinyTimeoutApi>, IClassFixture<ApiFactory>
{
    /// <summary>Four nested connections: 12 leagues, their banners, up to 50 townships each and their villages, thousands of rows.</summary>
    private const string Heavy = """
        { leagues(first: 12) { nodes { code banners(first: 50) { nodes { code townships(first: 50) { nodes { code
            villages(first: 50) { nodes { code name } } } } } } } } }
        """;

    [Fact]
    public async Task A_query_running_longer_than_the_timeout_is_answered_HC0045_naming_it()
    {
        var body = await tiny.QueryAsync(Heavy);

        var error = Assert.Single(body.GetProperty("errors").EnumerateArray());
        Assert.Equal("HC0045", error.Text("extensions", "code"));
        Assert.Equal("00:00:00.0010000", error.Text("extensions", "timeout"));
        Assert.Equal("The request exceeded the configured timeout of `00:00:00.0010000`.", error.Text("message"));
    }

    [Fact]
    public async Task After_a_timeout_the_service_answers_the_next_request_the_same_way()
    {
        var first = await tiny.QueryAsync(Heavy);
        var second = await tiny.QueryAsync(Heavy);

        Assert.Equal("HC0045", first.FirstErrorCode());
        Assert.Equal("HC0045", second.FirstErrorCode());
    }

    [Fact]
    public async Task The_same_query_under_the_default_timeout_is_served()
    {
        var data = (await normal.QueryAsync(Heavy)).Served();

        var leagues = data.GetProperty("leagues").GetProperty("nodes");
        Assert.Equal(12, leagues.GetArrayLength());
        var villages = leagues.EnumerateArray()
            .SelectMany(l => l.GetProperty("banners").GetProperty("nodes").EnumerateArray())
            .SelectMany(b => b.GetProperty("townships").GetProperty("nodes").EnumerateArray())
            .Sum(t => t.GetProperty("villages").GetProperty("nodes").GetArrayLength());
        Assert.True(villages > 1000, $"Expected thousands of villages, got {villages}.");
    }
}
