using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using PartyOrg.Api.Tests.Support;

namespace PartyOrg.Api.Tests.Security.Limits;

/// <summary>
/// An execution timeout of 50 ms, and every SQL statement made to wait 200 ms first, observing the request's
/// cancellation as a slow database would. So a query that reads rows outlasts the timeout on any machine: SQLite
/// alone may finish a read without looking at the token, and a fast machine would then answer in time.
/// </summary>
public sealed class TinyTimeoutApi : ApiFactory
{
    protected override IEnumerable<KeyValuePair<string, string>> Settings => [new("Security:Limits:ExecutionTimeout", "00:00:00.050")];

    protected override void ConfigureServices(IServiceCollection services) => services.AddSingleton<IInterceptor>(new SlowStatements());

    private sealed class SlowStatements : DbCommandInterceptor
    {
        public override async ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(
            DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
        {
            await Task.Delay(TimeSpan.FromMilliseconds(200), cancellationToken);
            return result;
        }
    }
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
        Assert.Equal("00:00:00.0500000", error.Text("extensions", "timeout"));
        Assert.Equal("The request exceeded the configured timeout of `00:00:00.0500000`.", error.Text("message"));
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
