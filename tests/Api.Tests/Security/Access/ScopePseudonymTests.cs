using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using PartyOrg.Domain.Security;

namespace PartyOrg.Api.Tests.Security.Access;

/// <summary>A partner key confined to one banner: pseudonyms of the banner's members, and no name at all, real or pseudonymised, of anyone else.</summary>
public sealed partial class ScopePseudonymTests(ScopeApi api) : IClassFixture<ScopeApi>
{
    private const string Members = "query($within: String) { members(first: 50, within: $within) { totalCount nodes { id name branch { village { code } } } } }";

    [Fact]
    public async Task The_partner_reads_pseudonyms_of_exactly_the_banners_members()
    {
        await using var db = api.OpenDatabase();
        var inside = await db.Members.CountAsync(m => m.VillageCode.StartsWith(ScopeApi.Banner));
        var real = Nodes(ScopeApi.Data(await api.AsAdminAsync(Members, new { within = ScopeApi.Banner }))).ToDictionary(n => n.Id, n => n.Name);

        var data = ScopeApi.Data(await api.AsBannerAsync(Members, new { within = ScopeApi.Region }, Role.Partner));
        var seen = Nodes(data);

        Assert.Equal(inside, data.GetProperty("members").GetProperty("totalCount").GetInt32());
        Assert.Equal(real.Keys, seen.Select(n => n.Id));
        Assert.All(seen, n =>
        {
            Assert.Matches(Token(), n.Name);
            Assert.NotEqual(real[n.Id], n.Name);
            Assert.StartsWith(ScopeApi.Banner, n.Village, StringComparison.Ordinal);
        });
        Assert.Equal(seen.Count, seen.Select(n => n.Name).Distinct().Count());
    }

    [Fact]
    public async Task The_pseudonym_of_a_member_is_the_partners_own_and_stable()
    {
        var rows = await api.RowsAsync();
        var query = $"{{ node(id: \"{rows.Inside.Member.Id}\") {{ ... on Member {{ name }} }} }}";

        var first = Name(await api.AsBannerAsync(query, role: Role.Partner));
        var again = Name(await api.AsBannerAsync(query, role: Role.Partner));
        var regionWide = Name(await api.QueryAsAsync(api.Key(Role.Partner), query));

        Assert.Matches(Token(), first);
        Assert.Equal(first, again);
        Assert.Matches(Token(), regionWide);
        Assert.NotEqual(first, regionWide);
    }

    [Fact]
    public async Task Members_outside_the_banner_have_no_name_of_any_kind_for_the_partner()
    {
        var rows = await api.RowsAsync();
        var outside = rows.Outside.Member.Id;

        var data = ScopeApi.Data(await api.AsBannerAsync(
            $$"""
            {
              node(id: "{{outside}}") { ... on Member { name } }
              nodes(ids: ["{{outside}}", "{{rows.Inside.Member.Id}}"]) { ... on Member { name } }
              branch: node(id: "{{rows.Outside.MemberBranch.Id}}") { ... on Branch { secretary { name } members { nodes { name } } } }
              members(where: { id: { eq: "{{outside}}" } }) { totalCount nodes { name } }
            }
            """, role: Role.Partner));

        Assert.Equal(JsonValueKind.Null, data.GetProperty("node").ValueKind);
        Assert.Equal(JsonValueKind.Null, data.GetProperty("nodes")[0].ValueKind);
        Assert.Matches(Token(), data.GetProperty("nodes")[1].GetProperty("name").GetString());
        Assert.Equal(JsonValueKind.Null, data.GetProperty("branch").ValueKind);
        Assert.Equal(0, data.GetProperty("members").GetProperty("totalCount").GetInt32());
        Assert.Empty(data.GetProperty("members").GetProperty("nodes").EnumerateArray());
    }

    private static List<(string Id, string Name, string Village)> Nodes(JsonElement data) =>
        [.. data.GetProperty("members").GetProperty("nodes").EnumerateArray().Select(n => (
            n.GetProperty("id").GetString()!, n.GetProperty("name").GetString()!, n.GetProperty("branch").GetProperty("village").GetProperty("code").GetString()!))];

    private static string? Name(JsonElement body) => ScopeApi.Data(body).GetProperty("node").GetProperty("name").GetString();

    [GeneratedRegex("^Member-[0-9A-F]{10}$")]
    private static partial Regex Token();
}
