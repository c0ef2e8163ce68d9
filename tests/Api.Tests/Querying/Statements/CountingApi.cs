using System.Text.Json;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using PartyOrg.Api.Tests.Support;

namespace PartyOrg.Api.Tests.Querying.Statements;

/// <summary>The API with a <see cref="StatementCounter"/> joined to every context it creates.</summary>
public sealed class CountingApi : ApiFactory
{
    public StatementCounter Counter { get; } = new();

    /// <summary>
    /// Runs a query once the division directory is loaded (a warm-up request touching <c>region</c>)
    /// and returns the statements it ran. It fails on any GraphQL error, so a count is never that of a failed request.
    /// </summary>
    public Task<IReadOnlyList<Statement>> StatementsOfAsync(string query) => StatementsOfAsync(ClientKey, query);

    /// <summary>As <see cref="StatementsOfAsync(string)"/>, sent with this key (null: anonymous); the warm-up checks the key once.</summary>
    public async Task<IReadOnlyList<Statement>> StatementsOfAsync(string? key, string query)
    {
        await QueryAsAsync(key, "{ __typename }");
        await QueryAsAsync(key, "{ region { code } }");
        Counter.Clear();
        var body = await QueryAsAsync(key, query);
        var statements = Counter.Statements;
        Assert.False(body.TryGetProperty("errors", out var errors), errors.ValueKind == JsonValueKind.Undefined ? null : errors.ToString());
        return statements;
    }

    /// <summary>The webhook dispatcher polls for work in the background: its statements are not the request's.</summary>
    protected override IEnumerable<KeyValuePair<string, string>> Settings => [new("Webhooks:Deliver", "false")];

    protected override void ConfigureServices(IServiceCollection services) =>
        services.WithoutStatisticsReleaseJob().AddSingleton<IInterceptor>(Counter);
}

public static class StatementAssert
{
    /// <summary>Asserts the number of statements, showing each one's SQL when it is not the expected number.</summary>
    public static void Count(int expected, IReadOnlyList<Statement> statements) =>
        Assert.True(statements.Count == expected,
            $"Expected {expected} statements, {statements.Count} ran:\n\n{string.Join("\n\n-- next statement --\n", statements)}");
}
