using System.Net;
using System.Text.Json;
using PartyOrg.Api.Limits;
using PartyOrg.Api.Tests.Support;

namespace PartyOrg.Api.Tests.Telemetry;

/// <summary>The API with a small anonymous rate, so a refusal by the rate limiter can be counted.</summary>
public sealed class LimitedTelemetryApi : TelemetryApi
{
    public const int AnonymousPerMinute = 2;

    protected override IEnumerable<KeyValuePair<string, string>> Settings =>
    [
        .. base.Settings,
        new("Security:RateLimits:Enabled", "true"),
        new("Security:RateLimits:PerKeyPerMinute", "1000000"),
        new("Security:RateLimits:AnonymousPerMinute", AnonymousPerMinute.ToString(System.Globalization.CultureInfo.InvariantCulture)),
    ];
}

/// <summary>Requests by operation and outcome, refusals by code, SQL statements per request, and /metrics in Prometheus text.</summary>
[Collection(TelemetryCollection.Name)]
public sealed class MetricsTests(LimitedTelemetryApi api) : IClassFixture<LimitedTelemetryApi>
{
    private const string Costly = "query Costly { leagues(first: 50) { nodes { banners(first: 50) { nodes { townships(first: 50) { nodes { villages(first: 50) { nodes { code } } } } } } } } }";

    [Fact]
    public async Task Requests_are_counted_by_operation_and_outcome_with_their_statements()
    {
        await PostAsync(api.ClientKey, "query Counted { region { code } }");
        await PostAsync(api.ClientKey, "query Counted { region { code } }");
        await PostAsync(api.ClientKey, "query Counted { nope }");

        Assert.Equal(2, api.Sum("party.graphql.requests", ("graphql.operation.name", "query Counted"), ("party.outcome", "ok")));
        Assert.Equal(1, api.Sum("party.graphql.requests", ("graphql.operation.name", "query Counted"), ("party.outcome", "FIELDS_ON_CORRECT_TYPE")));
    }

    [Fact]
    public async Task A_cost_refusal_and_a_rate_limit_refusal_are_counted_by_their_codes()
    {
        var cost = api.Sum("party.graphql.refusals", ("party.code", LimitErrors.CostCode));
        var rate = api.Sum("party.graphql.refusals", ("party.code", LimitErrors.RateLimitedCode));

        var refused = await PostAsync(api.ClientKey, Costly);
        var codes = new List<string?>();
        for (var i = 0; i <= LimitedTelemetryApi.AnonymousPerMinute; i++)
        {
            var body = await PostAsync(null, "{ __typename }");
            codes.Add(body.TryGetProperty("errors", out _) ? body.FirstErrorCode() : null);
        }

        Assert.Equal(LimitErrors.CostCode, refused.FirstErrorCode());
        Assert.Equal(LimitErrors.RateLimitedCode, codes[^1]);
        Assert.Equal(cost + 1, api.Sum("party.graphql.refusals", ("party.code", LimitErrors.CostCode)));
        Assert.Equal(rate + 1, api.Sum("party.graphql.refusals", ("party.code", LimitErrors.RateLimitedCode)));
    }

    [Fact]
    public async Task Metrics_are_served_in_prometheus_text_when_enabled()
    {
        await PostAsync(api.ClientKey, "query Scraped { region { code } }");
        using var client = api.CreateClient();

        using var response = await client.GetAsync(new Uri("/metrics", UriKind.Relative));
        var text = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.StartsWith("text/plain", response.Content.Headers.ContentType?.MediaType, StringComparison.Ordinal);
        Assert.Contains("party_graphql_requests_total{", text, StringComparison.Ordinal);
        Assert.Contains("graphql_operation_name=\"query Scraped\"", text, StringComparison.Ordinal);
    }

    private async Task<JsonElement> PostAsync(string? key, string query)
    {
        using var client = api.CreateClient(key);
        using var response = await client.SendAsync(GraphQLHttp.Post(JsonSerializer.Serialize(new { query })));
        return await response.ReadJsonAsync();
    }
}

/// <summary>Without the setting there is no /metrics.</summary>
public sealed class MetricsOffTests(ApiFactory api) : IClassFixture<ApiFactory>
{
    [Fact]
    public async Task Metrics_are_not_served_by_default()
    {
        using var client = api.CreateClient();

        using var response = await client.GetAsync(new Uri("/metrics", UriKind.Relative));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }
}
