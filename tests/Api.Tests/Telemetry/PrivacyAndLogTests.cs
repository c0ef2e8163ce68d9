using System.Text.Json;
using PartyOrg.Api.Tests.Support;
using PartyOrg.Domain.Security;

namespace PartyOrg.Api.Tests.Telemetry;

/// <summary>Telemetry and the request log hold shapes, never what a client sent: no variable values, no key.</summary>
[Collection(TelemetryCollection.Name)]
public sealed class PrivacyAndLogTests(TelemetryApi api) : IClassFixture<TelemetryApi>
{
    private const string Recognisable = "Zhang-Sanfeng-7731";
    private const string Search = "query Search($name: String!) { branches(first: 2, where: { name: { contains: $name } }) { nodes { id name } } }";

    [Fact]
    public async Task No_variable_value_and_no_key_text_reach_spans_metrics_or_logs()
    {
        var key = api.ClientKey!;
        using var client = api.CreateClient();
        using (var post = await client.SendAsync(GraphQLHttp.Post(JsonSerializer.Serialize(new { query = Search, variables = new { name = Recognisable } }))))
        {
            Assert.False((await post.ReadJsonAsync()).TryGetProperty("errors", out _));
        }

        var url = $"/graphql?query={Uri.EscapeDataString(Search)}&variables={Uri.EscapeDataString(JsonSerializer.Serialize(new { name = Recognisable }))}";
        using (var get = await client.GetAsync(new Uri(url, UriKind.Relative)))
        {
            Assert.False((await get.ReadJsonAsync()).TryGetProperty("errors", out _));
        }

        await Eventually.TrueAsync(() => api.ExportedSpans().Count(s => s.DisplayName == "query Search") == 2, "both operations are exported");
        var text = api.AllText();

        Assert.Contains("query Search", text, StringComparison.Ordinal);
        Assert.DoesNotContain(Recognisable, text, StringComparison.Ordinal);
        Assert.DoesNotContain(key, text, StringComparison.Ordinal);
        // The secret follows the prefix and the id; base64url may put '_' inside it, so it is not "after the last '_'".
        Assert.DoesNotContain(key[(ApiKeys.Prefix.Length + ApiKeys.IdLength + 1)..], text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Each_request_writes_one_line_with_operation_key_id_cost_duration_outcome_and_trace()
    {
        var key = api.ClientKey!;
        using var client = api.CreateClient();
        using var request = GraphQLHttp.Post(JsonSerializer.Serialize(new { query = "query Logged($code: String!) { division(code: $code) { name } }", variables = new { code = "150902" } }));
        request.Headers.Add("GraphQL-Cost", "report");
        using var response = await client.SendAsync(request);
        var body = await response.ReadJsonAsync();
        var span = await api.SpanAsync("query Logged");

        var lines = api.Logs.Entries.Where(e => e.Category == "PartyOrg.Api.Requests" && Equals(e.Values["Operation"], "query Logged")).ToList();

        var line = Assert.Single(lines);
        var keyId = Assert.IsType<string>(line.Values["KeyId"]);
        Assert.StartsWith($"pok_{keyId}_", key, StringComparison.Ordinal);
        Assert.Equal(body.GetProperty("extensions").GetProperty("operationCost").GetProperty("fieldCost").GetDouble(), line.Values["Cost"]);
        Assert.Equal(("http", "ok", span.TraceId.ToString()), (line.Values["Transport"], line.Values["Outcome"], line.Values["TraceId"]));
        Assert.IsType<double>(line.Values["DurationMs"]);
        Assert.DoesNotContain(key, line.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("150902", line.Message, StringComparison.Ordinal);
    }
}
