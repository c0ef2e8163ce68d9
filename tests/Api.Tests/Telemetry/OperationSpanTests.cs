using System.Net.Http.Json;
using System.Text.Json;
using PartyOrg.Api.Limits;
using PartyOrg.Api.Schema.Common;
using PartyOrg.Api.Tests.Querying.Statements;
using PartyOrg.Api.Tests.Support;

namespace PartyOrg.Api.Tests.Telemetry;

/// <summary>A span per operation, named by its type and name, with its document's hash and cost, and its loader batches and SQL statements below it.</summary>
[Collection(TelemetryCollection.Name)]
public sealed class OperationSpanTests(TelemetryApi api) : IClassFixture<TelemetryApi>
{
    private const string EfSource = "OpenTelemetry.Instrumentation.EntityFrameworkCore";

    private static readonly string Nodes = "query SpanNodes { nodes(ids: [" +
        string.Join(", ", Enumerable.Range(1, 5).SelectMany(i => new[] { NodeId.Encode("Branch", i), NodeId.Encode("Member", i) }).Select(id => $"\"{id}\"")) +
        "]) { id } }";

    [Fact]
    public async Task The_operation_span_is_named_by_type_and_name_and_carries_the_document_hash_and_cost()
    {
        var body = await PostAsync(Nodes, report: true);

        var span = await api.SpanAsync("query SpanNodes");

        var cost = body.GetProperty("extensions").GetProperty("operationCost");
        Assert.Equal(TrustedDocuments.Hash(Nodes), span.GetTagItem("graphql.document.hash"));
        Assert.Equal(cost.GetProperty("fieldCost").GetDouble(), span.GetTagItem("graphql.operation.cost.field"));
        Assert.Equal(cost.GetProperty("typeCost").GetDouble(), span.GetTagItem("graphql.operation.cost.type"));
        Assert.Equal(("query", "SpanNodes", "ok"), (span.GetTagItem("graphql.operation.type"), span.GetTagItem("graphql.operation.name"), span.GetTagItem("party.outcome")));
    }

    [Fact]
    public async Task Loader_batches_and_sql_statements_are_spans_below_the_operation()
    {
        await PostAsync("{ region { code } }");
        api.Statements.Clear();
        await PostAsync(Nodes.Replace("SpanNodes", "ChildNodes", StringComparison.Ordinal));
        var ran = api.Statements.Statements;

        var span = await api.SpanAsync("query ChildNodes");
        var below = api.Descendants(span);
        var sql = below.Where(s => s.Source.Name == EfSource).ToList();
        var batches = below.Where(s => s.DisplayName == "loader batch").ToList();

        // Branches and members: one loader batch each, one statement each (StatementCountTests counts the same two).
        StatementAssert.Count(2, ran);
        Assert.Equal(2, sql.Count);
        Assert.Equal(2L, span.GetTagItem("party.sql.statements"));
        Assert.Equal(["Branch", "Member"], batches.Select(b => (string)b.GetTagItem("party.loader.value")!).Order(StringComparer.Ordinal));
        Assert.All(batches, b => Assert.Equal(5, b.GetTagItem("party.loader.keys")));
        Assert.All(sql, s => Assert.Contains(s.ParentSpanId, batches.Select(b => b.SpanId)));
    }

    [Fact]
    public async Task An_anonymous_operation_is_named_by_its_type()
    {
        await PostAsync("mutation { __typename }");

        var span = await api.SpanAsync("mutation");

        Assert.Equal(("mutation", null), (span.GetTagItem("graphql.operation.type"), span.GetTagItem("graphql.operation.name")));
    }

    [Fact]
    public async Task A_subscription_over_websocket_counts_as_active_and_has_a_span_for_its_lifetime_below_its_operation()
    {
        await using var socket = await GraphQLSocket.ConnectAsync(api);
        await socket.SubscribeAsync("1", "subscription Follow { changes(scope: \"150000\") { position } }");
        var operation = await api.SpanAsync("subscription Follow");
        var (sockets, active) = (api.Sum("party.websocket.connections"), api.Sum("party.subscriptions.active", ("party.transport", "websocket")));

        await socket.CompleteAsync("1");
        var lifetime = await WaitForChildAsync(operation, "subscription");

        Assert.Equal((1L, 1L), (sockets, active));
        Assert.Equal(("websocket", 0L), (lifetime.GetTagItem("party.transport"), lifetime.GetTagItem("party.subscription.events")));
        Assert.Equal(0L, api.Sum("party.subscriptions.active", ("party.transport", "websocket")));
    }

    private async Task<System.Diagnostics.Activity> WaitForChildAsync(System.Diagnostics.Activity parent, string name)
    {
        await Eventually.TrueAsync(() => api.ExportedSpans().Any(s => s.DisplayName == name && s.ParentSpanId == parent.SpanId), $"the span '{name}' ends");
        return api.ExportedSpans().First(s => s.DisplayName == name && s.ParentSpanId == parent.SpanId);
    }

    private async Task<JsonElement> PostAsync(string query, bool report = false)
    {
        using var client = api.CreateClient();
        using var request = GraphQLHttp.Post(JsonSerializer.Serialize(new { query }));
        if (report)
        {
            request.Headers.Add("GraphQL-Cost", "report");
        }

        using var response = await client.SendAsync(request);
        var body = await response.ReadJsonAsync();
        Assert.False(body.TryGetProperty("errors", out var errors), errors.ToString());
        return body;
    }
}
