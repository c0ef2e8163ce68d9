using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using PartyOrg.Api.Schema.Common;
using PartyOrg.Api.Tests.Support;
using PartyOrg.Domain.Entities;
using PartyOrg.Domain.Security;

namespace PartyOrg.Api.Tests.Security.Access;

/// <summary>
/// The host of the scope tests: keys confined to one banner of the demo data (阿尔山市, 152202, with branches and
/// members), and rows inside it and outside it (新巴尔虎左旗, 150726, in another league) to aim at.
/// </summary>
public sealed class ScopeApi : ApiFactory
{
    public const string Region = "150000";
    public const string League = "152200";
    public const string Banner = "152202";
    public const string Sibling = "152201";
    public const string OtherLeague = "150700";
    public const string Outside = "150726";
    public const string Unknown = "159999";

    private readonly Lazy<Task<ScopeRows>> _rows;

    public ScopeApi() => _rows = new(LoadRowsAsync);

    protected override IEnumerable<KeyValuePair<string, string>> Settings =>
        [new("Changes:PollSeconds", "0.5"), new("Changes:StatisticsCoalesceMilliseconds", "200")];

    /// <summary>Rows inside and outside the banner, as they were before any test changed something.</summary>
    public Task<ScopeRows> RowsAsync() => _rows.Value;

    public string BannerKey(Role role = Role.Organizer) => Key(role, Banner);

    public Task<JsonElement> AsBannerAsync(string query, object? variables = null, Role role = Role.Organizer) =>
        QueryAsAsync(BannerKey(role), query, variables);

    public Task<JsonElement> AsAdminAsync(string query, object? variables = null) => QueryAsAsync(Key(Role.Admin), query, variables);

    /// <summary>The data of an answer that must have no errors.</summary>
    public static JsonElement Data(JsonElement body)
    {
        Assert.False(body.TryGetProperty("errors", out var errors), errors.ToString());
        return body.GetProperty("data");
    }

    /// <summary>The code and message of the only error, with <paramref name="named"/> replaced by <c>…</c> so two refusals compare.</summary>
    public static (string? Code, string? Message) Refusal(JsonElement body, string named)
    {
        var error = Assert.Single(body.GetProperty("errors").EnumerateArray());
        return (error.GetProperty("extensions").GetProperty("code").GetString(), error.GetProperty("message").GetString()?.Replace(named, "…", StringComparison.Ordinal));
    }

    private async Task<ScopeRows> LoadRowsAsync()
    {
        await using var db = OpenDatabase();
        async Task<Side> SideAsync(string banner)
        {
            var township = await db.Townships.Where(t => t.BannerCode == banner).OrderBy(t => t.Code).Select(t => t.Code).FirstAsync();
            var villages = db.Villages.Where(v => v.TownshipCode.StartsWith(banner)).OrderBy(v => v.Code);
            var village = await villages.FirstAsync(v => v.Kind == VillageKind.Village);
            var community = await villages.Where(v => v.Kind == VillageKind.Community).Select(v => v.Code).FirstAsync();
            var secretaries = db.Branches.Where(b => b.SecretaryId != null).Select(b => b.SecretaryId);
            var member = await db.Members.Where(m => m.VillageCode.StartsWith(banner) && m.Occupation == Occupation.Worker && !secretaries.Contains(m.Id))
                .OrderBy(m => m.Id).FirstAsync();
            var branch = await db.Branches.Where(b => b.VillageCode.StartsWith(banner) && b.Id != member.BranchId).OrderBy(b => b.Id).FirstAsync();
            var memberBranch = await db.Branches.SingleAsync(b => b.Id == member.BranchId);
            return new Side(township, village.Code, village.Version, community, new Row(branch.Id, branch.Version, "Branch"), new Row(member.Id, member.Version, "Member"),
                new Row(memberBranch.Id, memberBranch.Version, "Branch"));
        }

        return new ScopeRows(await SideAsync(Banner), await SideAsync(Outside));
    }
}

/// <summary>A branch or member: its key, version as loaded, and global ID.</summary>
public sealed record Row(long Key, int Version, string Type)
{
    public string Id => NodeId.Encode(Type, Key);
}

/// <summary>Rows of one banner: a township, a village (not a community), a community, a branch, an in-service member of another branch and the member's branch.</summary>
public sealed record Side(string Township, string Village, int VillageVersion, string Community, Row Branch, Row Member, Row MemberBranch);

public sealed record ScopeRows(Side Inside, Side Outside);
