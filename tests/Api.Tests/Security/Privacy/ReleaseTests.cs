using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using PartyOrg.Api.Schema.Common;
using PartyOrg.Api.Tests.Support;
using PartyOrg.Domain.Divisions;
using PartyOrg.Domain.Security;

namespace PartyOrg.Api.Tests.Security.Privacy;

/// <summary>
/// Attack 2, differencing in time: a member admitted into a small branch moves no protected figure a third party reads,
/// live or through <c>statisticsChanged</c>, until the next release; the release is announced to every watched division
/// and holds the new member like any other.
/// </summary>
public sealed class ReleaseTests(PrivacyApi api) : IClassFixture<PrivacyApi>
{
    private const string Watch = "subscription($codes: [String!]!) { statisticsChanged(codes: $codes) { division { code } stats { memberCount @ source { release } } } }";

    [Fact]
    public async Task No_protected_figure_moves_before_the_next_release_and_the_release_holds_the_change()
    {
        await using var db = api.OpenDatabase();
        var branch = await db.Branches.AsNoTracking().Where(b => db.Members.Count(m => m.BranchId == b.Id) >= 3)
            .OrderBy(b => db.Members.Count(m => m.BranchId == b.Id)).ThenBy(b => b.Id).FirstAsync();
        var codes = DivisionLevels.AncestryOfVillage(branch.VillageCode).ToList();
        var query = Query(NodeId.Encode("Branch", branch.Id), codes);
        var before = await ProtectedOfAsync(query);
        await using var socket = await GraphQLSocket.ConnectWithKeyAsync(api, api.Key(Role.Partner));
        var subscribers = FeedSubscribers.Count(api);
        await socket.SubscribeAsync("watch", Watch.Replace("@", PrivacyApi.ProtectedSelection, StringComparison.Ordinal), new { codes });
        await FeedSubscribers.WaitForAsync(api, subscribers + 1);

        await AdmitAsync(NodeId.Encode("Branch", branch.Id));

        var updates = await socket.NextAsync("watch", codes.Count);
        var after = await ProtectedOfAsync(query);
        Assert.All(PrivacyApi.ThirdParties, role => Assert.Equal(before[role].Protected, after[role].Protected));
        Assert.All(PrivacyApi.ThirdParties, role => Assert.Equal(before[role].Members + 1, after[role].Members));
        Assert.All(updates, update =>
        {
            var stats = update.GetProperty("statisticsChanged").GetProperty("stats");
            var code = update.GetProperty("statisticsChanged").GetProperty("division").GetProperty("code").GetString()!;
            Assert.Equal(1, stats.GetProperty("source").GetProperty("release").GetInt32());
            Assert.True(before[Role.Partner].Data.TryGetProperty(Alias(code), out var read), $"{Alias(code)} not in {string.Join(',', before[Role.Partner].Data.EnumerateObject().Select(p => p.Name))}");
            Assert.Equal(Protected(read.GetProperty("stats")), Protected(stats));
        });
        Assert.NotEqual(before[Role.Organizer].Protected, after[Role.Organizer].Protected);

        var release = await api.ReleaseAsync();

        var announced = await socket.NextAsync("watch", codes.Count);
        Assert.All(announced, update => Assert.Equal(2, update.GetProperty("statisticsChanged").GetProperty("stats").GetProperty("source").GetProperty("release").GetInt32()));

        var released = (await api.DataAsAsync(Role.Partner, query)).GetProperty("branch").GetProperty("stats");
        Assert.Equal(2, release.Number);
        Assert.Equal(2, released.GetProperty("source").GetProperty("release").GetInt32());
        Assert.Equal(after[Role.Partner].Members, released.GetProperty("source").GetProperty("protectedTotal").GetInt32());
        Assert.Equal(release.ReleasedAt.UtcDateTime, released.GetProperty("source").GetProperty("releasedAt").GetDateTime().ToUniversalTime(), TimeSpan.FromMilliseconds(1));
        Assert.Equal(release.Epsilon, released.GetProperty("source").GetProperty("epsilon").GetDouble());
    }

    private static string Alias(string code) => $"d{code}";

    private static string Query(string branchId, IEnumerable<string> codes) =>
        $"{{ branch: node(id: \"{branchId}\") {{ ... on Branch {{ stats {{ memberCount {PrivacyApi.ProtectedSelection} source {{ release protectedTotal releasedAt epsilon }} }} }} }} " +
        string.Join(' ', codes.Select(c => $"{Alias(c)}: division(code: \"{c}\") {{ stats {{ memberCount {PrivacyApi.ProtectedSelection} }} }}")) + " }";

    /// <summary>Every protected figure of the answer, and the branch's live member count, for each role.</summary>
    private async Task<Dictionary<Role, (string Protected, int Members, JsonElement Data)>> ProtectedOfAsync(string query)
    {
        var result = new Dictionary<Role, (string, int, JsonElement)>();
        foreach (var role in PrivacyApi.ThirdParties.Append(Role.Organizer))
        {
            var data = await api.DataAsAsync(role == Role.Anonymous ? Role.Dashboard : role, query);
            var figures = string.Join('|', data.EnumerateObject().Select(p => Protected(p.Value.GetProperty("stats"))));
            result[role] = (figures, data.GetProperty("branch").GetProperty("stats").GetProperty("memberCount").GetInt32(), data);
        }

        return result;
    }

    /// <summary>The protected figures of one statistics object, without the organisational ones.</summary>
    private static string Protected(JsonElement stats) =>
        string.Join(',', stats.EnumerateObject().Where(p => p.Name is not ("memberCount" or "source")).Select(p => $"{p.Name}={p.Value.GetRawText()}"));

    private async Task AdmitAsync(string branchId)
    {
        var body = await api.QueryAsync(
            "mutation($input: AdmitMemberInput!) { admitMember(input: $input) { member { id } errors { ... on Error { message } } } }",
            new
            {
                input = new
                {
                    branchId, name = "差分党员", gender = "FEMALE", ethnicity = "MANCHU", birthDate = "2000-03-01", joinedOn = "2025-07-01",
                    education = "POSTGRADUATE", occupation = "STUDENT",
                },
            });
        Assert.Equal(JsonValueKind.Null, body.GetProperty("data").GetProperty("admitMember").GetProperty("errors").ValueKind);
    }
}
