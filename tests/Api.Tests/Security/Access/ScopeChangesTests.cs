using System.Text.Json;
using PartyOrg.Domain.Security;

namespace PartyOrg.Api.Tests.Security.Access;

/// <summary>
/// The <c>changes</c> query with a key confined to one banner: a scope above it is narrowed to it (only the banner's
/// events, those of transfers into and out of it included, with what lies outside them read as null); a scope beside it
/// is refused like an unknown code.
/// </summary>
public sealed class ScopeChangesTests(ScopeApi api) : IClassFixture<ScopeApi>
{
    private const string Events =
        """
        query($scope: String!) {
          changes(scope: $scope, first: 50) {
            totalCount
            nodes {
              position kind subjectId village { code } fromVillage { code } subject { id }
              details { ... on MemberTransferred { fromBranch { id } toBranch { id } } ... on MemberAdmitted { branch { id } } }
            }
          }
        }
        """;

    [Fact]
    public async Task A_scope_above_the_banner_shows_exactly_the_banners_events()
    {
        var rows = await api.RowsAsync();
        var changes = new ScopeChanges(api);
        await changes.AdmitAsync(rows.Outside.Branch.Id);
        var admitted = await changes.AdmitAsync(rows.Inside.Branch.Id);
        await changes.TransferAsync(rows.Inside.Member, rows.Outside.Branch.Id);
        await changes.TransferAsync(rows.Outside.Member, rows.Inside.Branch.Id);

        var expected = await PositionsAsync(api.AsAdminAsync(Events, new { scope = ScopeApi.Banner }));
        Assert.Equal(3, expected.Count);
        foreach (var scope in new[] { ScopeApi.Region, ScopeApi.League, ScopeApi.Banner })
        {
            Assert.Equal(expected, await PositionsAsync(api.AsBannerAsync(Events, new { scope }, Role.Partner)));
        }

        var nodes = ScopeApi.Data(await api.AsBannerAsync(Events, new { scope = ScopeApi.Region }, Role.Partner)).GetProperty("changes").GetProperty("nodes").EnumerateArray().ToList();
        Assert.Equal(["MEMBER_ADMITTED", "MEMBER_TRANSFERRED", "MEMBER_TRANSFERRED"], nodes.Select(n => n.GetProperty("kind").GetString()));
        Assert.Equal(admitted, nodes[0].GetProperty("subject").GetProperty("id").GetString());

        var (leaving, arriving) = (nodes[1], nodes[2]);
        Assert.Equal(rows.Inside.Member.Id, leaving.GetProperty("subjectId").GetString());
        Assert.Equal((JsonValueKind.Null, JsonValueKind.Null, JsonValueKind.Null), (Kind(leaving, "village"), Kind(leaving, "subject"), Kind(leaving.GetProperty("details"), "toBranch")));
        Assert.Equal(rows.Inside.MemberBranch.Id, leaving.GetProperty("details").GetProperty("fromBranch").GetProperty("id").GetString());
        Assert.StartsWith(ScopeApi.Banner, leaving.GetProperty("fromVillage").GetProperty("code").GetString(), StringComparison.Ordinal);

        Assert.Equal((JsonValueKind.Null, JsonValueKind.Null), (Kind(arriving, "fromVillage"), Kind(arriving.GetProperty("details"), "fromBranch")));
        Assert.Equal(rows.Outside.Member.Id, arriving.GetProperty("subject").GetProperty("id").GetString());
        Assert.Equal(rows.Inside.Branch.Id, arriving.GetProperty("details").GetProperty("toBranch").GetProperty("id").GetString());
        Assert.StartsWith(ScopeApi.Banner, arriving.GetProperty("village").GetProperty("code").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_scope_beside_the_banner_is_refused_like_an_unknown_code()
    {
        var rows = await api.RowsAsync();
        var unknown = ScopeApi.Refusal(await api.AsBannerAsync(Events, new { scope = ScopeApi.Unknown }, Role.Partner), ScopeApi.Unknown);
        Assert.Equal("UNKNOWN_DIVISION", unknown.Code);

        foreach (var scope in new[] { ScopeApi.Outside, ScopeApi.Sibling, ScopeApi.OtherLeague, rows.Outside.Village })
        {
            var body = await api.AsBannerAsync(Events, new { scope }, Role.Partner);
            Assert.Equal(unknown, ScopeApi.Refusal(body, scope));
            Assert.Null(AccessPaths.At(body, ["changes"]));
        }
    }

    private static async Task<List<string?>> PositionsAsync(Task<JsonElement> answer)
    {
        var changes = ScopeApi.Data(await answer).GetProperty("changes");
        var positions = changes.GetProperty("nodes").EnumerateArray().Select(n => n.GetProperty("position").GetString()).ToList();
        Assert.Equal(positions.Count, changes.GetProperty("totalCount").GetInt32());
        return positions;
    }

    private static JsonValueKind Kind(JsonElement element, string property) => element.GetProperty(property).ValueKind;
}
