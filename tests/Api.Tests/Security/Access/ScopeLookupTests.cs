using System.Text.Json;
using PartyOrg.Api.Schema.Common;

namespace PartyOrg.Api.Tests.Security.Access;

/// <summary>
/// Lookups and links with a key confined to one banner: what lies outside reads as null, exactly like something that
/// does not exist; what lies inside reads as the admin reads it; links upward stop at the banner.
/// </summary>
public sealed class ScopeLookupTests(ScopeApi api) : IClassFixture<ScopeApi>
{
    [Fact]
    public async Task Division_finds_codes_inside_the_banner_and_nothing_outside()
    {
        var rows = await api.RowsAsync();
        string[] inside = [ScopeApi.Banner, rows.Inside.Township, rows.Inside.Village];
        string[] outside = [ScopeApi.Region, ScopeApi.League, ScopeApi.Sibling, ScopeApi.Outside, rows.Outside.Township, rows.Outside.Village, ScopeApi.Unknown];

        foreach (var code in inside)
        {
            var query = $"{{ division(code: \"{code}\") {{ code name level }} }}";
            Assert.Equal(ScopeApi.Data(await api.AsAdminAsync(query)).GetRawText(), ScopeApi.Data(await api.AsBannerAsync(query)).GetRawText());
        }

        foreach (var code in outside)
        {
            var data = ScopeApi.Data(await api.AsBannerAsync($"{{ division(code: \"{code}\") {{ code }} }}"));
            Assert.Equal(JsonValueKind.Null, data.GetProperty("division").ValueKind);
        }
    }

    [Fact]
    public async Task Node_and_nodes_of_every_node_type_return_null_for_ids_outside_the_banner()
    {
        var rows = await api.RowsAsync();
        string[] inside =
        [
            NodeId.Encode("Banner", ScopeApi.Banner), NodeId.Encode("Township", rows.Inside.Township), NodeId.Encode("Village", rows.Inside.Village),
            rows.Inside.Branch.Id, rows.Inside.Member.Id,
        ];
        string[] outside =
        [
            NodeId.Encode("Region", ScopeApi.Region), NodeId.Encode("League", ScopeApi.League), NodeId.Encode("League", ScopeApi.OtherLeague),
            NodeId.Encode("Banner", ScopeApi.Outside), NodeId.Encode("Banner", ScopeApi.Sibling), NodeId.Encode("Township", rows.Outside.Township),
            NodeId.Encode("Village", rows.Outside.Village), rows.Outside.Branch.Id, rows.Outside.Member.Id,
        ];
        const string Selection = "id __typename ... on Division { code } ... on Branch { name } ... on Member { joinedOn }";

        foreach (var id in inside)
        {
            var query = $"{{ node(id: \"{id}\") {{ {Selection} }} }}";
            var node = ScopeApi.Data(await api.AsBannerAsync(query)).GetProperty("node");
            Assert.Equal(id, node.GetProperty("id").GetString());
            Assert.Equal(ScopeApi.Data(await api.AsAdminAsync(query)).GetProperty("node").GetRawText(), node.GetRawText());
        }

        foreach (var id in outside)
        {
            var node = ScopeApi.Data(await api.AsAdminAsync($"{{ node(id: \"{id}\") {{ id }} }}")).GetProperty("node");
            Assert.Equal(id, node.GetProperty("id").GetString());
            Assert.Equal(JsonValueKind.Null, ScopeApi.Data(await api.AsBannerAsync($"{{ node(id: \"{id}\") {{ {Selection} }} }}")).GetProperty("node").ValueKind);
        }

        var mixed = inside.Zip(outside).SelectMany(pair => new[] { pair.First, pair.Second }).ToList();
        var nodes = ScopeApi.Data(await api.AsBannerAsync("query($ids: [ID!]!) { nodes(ids: $ids) { id } }", new { ids = mixed })).GetProperty("nodes");
        Assert.Equal(mixed.Select(id => inside.Contains(id) ? id : null), nodes.EnumerateArray().Select(n => n.ValueKind == JsonValueKind.Null ? null : n.GetProperty("id").GetString()));
    }

    [Fact]
    public async Task Upward_links_stop_at_the_banner_and_the_region_is_out_of_reach()
    {
        var rows = await api.RowsAsync();
        var data = ScopeApi.Data(await api.AsBannerAsync(
            $$"""
            {
              region { code }
              banner: division(code: "{{ScopeApi.Banner}}") { parent { code } ancestors { code } ... on Banner { league { code } } }
              township: division(code: "{{rows.Inside.Township}}") { parent { code } ancestors { code } ... on Township { banner { code } } }
              village: division(code: "{{rows.Inside.Village}}") { parent { code } ancestors { code } ... on Village { township { code } } }
            }
            """));

        Assert.Equal(JsonValueKind.Null, data.GetProperty("region").ValueKind);
        Assert.Equal((JsonValueKind.Null, JsonValueKind.Null), (data.GetProperty("banner").GetProperty("parent").ValueKind, data.GetProperty("banner").GetProperty("league").ValueKind));
        Assert.Empty(Codes(data.GetProperty("banner").GetProperty("ancestors")));
        Assert.Equal(ScopeApi.Banner, data.GetProperty("township").GetProperty("parent").GetProperty("code").GetString());
        Assert.Equal(ScopeApi.Banner, data.GetProperty("township").GetProperty("banner").GetProperty("code").GetString());
        Assert.Equal([ScopeApi.Banner], Codes(data.GetProperty("township").GetProperty("ancestors")));
        Assert.Equal(rows.Inside.Village[..9], data.GetProperty("village").GetProperty("township").GetProperty("code").GetString());
        Assert.Equal([ScopeApi.Banner, rows.Inside.Village[..9]], Codes(data.GetProperty("village").GetProperty("ancestors")));
    }

    [Fact]
    public async Task A_members_community_outside_the_banner_reads_as_null()
    {
        var rows = await api.RowsAsync();
        var moved = ScopeApi.Data(await api.AsAdminAsync(
            "mutation($input: UpdateMemberInput!) { updateMember(input: $input) { member { registeredCommunity { code } } errors { __typename } } }",
            new { input = new { memberId = rows.Inside.Member.Id, version = rows.Inside.Member.Version, registeredCommunityCode = rows.Outside.Community } }));
        Assert.Equal(rows.Outside.Community, moved.GetProperty("updateMember").GetProperty("member").GetProperty("registeredCommunity").GetProperty("code").GetString());

        var member = ScopeApi.Data(await api.AsBannerAsync($"{{ node(id: \"{rows.Inside.Member.Id}\") {{ ... on Member {{ id registeredCommunity {{ code }} }} }} }}")).GetProperty("node");

        Assert.Equal(rows.Inside.Member.Id, member.GetProperty("id").GetString());
        Assert.Equal(JsonValueKind.Null, member.GetProperty("registeredCommunity").ValueKind);
    }

    private static List<string?> Codes(JsonElement divisions) => [.. divisions.EnumerateArray().Select(d => d.GetProperty("code").GetString())];
}
