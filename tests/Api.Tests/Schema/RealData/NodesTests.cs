using System.Text.Json;
using PartyOrg.Api.Schema.Common;
using PartyOrg.Api.Tests.Support;

namespace PartyOrg.Api.Tests.Schema.RealData;

/// <summary><c>nodes(ids:)</c>: one answer per ID, in the order asked, null where an ID names nothing.</summary>
public sealed class NodesTests(ApiFactory api) : IClassFixture<ApiFactory>
{
    [Fact]
    public async Task Nodes_keep_the_order_of_the_ids_and_give_null_for_unknown_keys()
    {
        string?[] ids =
        [
            NodeId.Encode("Village", "150902008022"),
            NodeId.Encode("Branch", 999_999_999),
            NodeId.Encode("League", "150900"),
            NodeId.Encode("Member", 0),
            NodeId.Encode("Township", "150902008"),
            NodeId.Encode("Village", "150902008999"),
            NodeId.Encode("League", "150902"),
            NodeId.Encode("Region", "150000"),
        ];

        var nodes = await NodesAsync(ids!);

        Assert.Equal(
            ["Village:150902008022", null, "League:150900", null, "Township:150902008", null, null, "Region:150000"],
            nodes.Select(n => n.ValueKind == JsonValueKind.Null ? null : $"{n.GetProperty("__typename").GetString()}:{n.GetProperty("code").GetString()}"));
    }

    [Fact]
    public async Task Nodes_give_each_id_its_own_object_even_when_repeated()
    {
        var chahar = NodeId.Encode("Village", "150902008022");

        var nodes = await NodesAsync([chahar, NodeId.Encode("Banner", "150902"), chahar]);

        Assert.Equal([chahar, NodeId.Encode("Banner", "150902"), chahar], nodes.Select(n => n.GetProperty("id").GetString()));
    }

    [Fact]
    public async Task Fifty_ids_are_allowed()
    {
        var nodes = await NodesAsync([.. Enumerable.Range(1, 50).Select(i => NodeId.Encode("Member", i))]);

        Assert.Equal(50, nodes.Count);
        Assert.All(nodes, n => Assert.Equal("Member", n.GetProperty("__typename").GetString()));
    }

    [Fact]
    public async Task More_than_fifty_ids_are_refused_with_HC0076()
    {
        var body = await api.QueryAsync("query($ids: [ID!]!) { nodes(ids: $ids) { id } }", new { ids = Enumerable.Range(1, 51).Select(i => NodeId.Encode("Member", i)) });

        Assert.Equal("HC0076", body.FirstErrorCode());
    }

    [Fact]
    public async Task A_malformed_id_among_the_ids_is_refused_with_INVALID_NODE_ID()
    {
        var body = await api.QueryAsync("query($ids: [ID!]!) { nodes(ids: $ids) { id } }", new { ids = new[] { NodeId.Encode("League", "150900"), "not base64!" } });

        Assert.Equal("INVALID_NODE_ID", body.FirstErrorCode());
    }

    private async Task<List<JsonElement>> NodesAsync(IReadOnlyList<string> ids)
    {
        var body = await api.QueryAsync("query($ids: [ID!]!) { nodes(ids: $ids) { __typename id ... on Division { code } } }", new { ids });
        Assert.False(body.TryGetProperty("errors", out var errors), errors.ToString());
        return [.. body.GetProperty("data").GetProperty("nodes").EnumerateArray()];
    }
}
