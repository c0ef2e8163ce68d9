using System.Globalization;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using PartyOrg.Api.Schema.Common;

namespace PartyOrg.Api.Tests.Security.Access;

/// <summary>
/// Every mutation kind with an organizer key confined to one banner, aimed at something outside it (or moving something
/// across its edge): refused with the NotFoundError an unknown ID or code gets, word for word, and nothing is written.
/// </summary>
public sealed class ScopeMutationTests(ScopeApi api) : IClassFixture<ScopeApi>
{
    private const long UnknownKey = 999_999_999;
    private const string UnknownVillage = "159999999999";

    /// <summary>What a case aims at: a branch, a member and a village (IDs, keys and versions), outside the banner or unknown.</summary>
    private sealed record Target(string Branch, int BranchVersion, string Member, int MemberVersion, string Village, int VillageVersion, string Named);

    private sealed record Case(string Mutation, string Field, Func<Target, Side, object> Input);

    private static readonly Case[] Cases =
    [
        new("admitMember", "branchId", (t, _) => Person(t.Branch, null)),
        new("admitMember", "registeredCommunityCode", (t, inside) => Person(inside.Branch.Id, t.Village)),
        new("confirmMember", "memberId", (t, _) => new { memberId = t.Member, version = t.MemberVersion, confirmedOn = "2024-01-01" }),
        new("transferMember", "memberId", (t, inside) => new { memberId = t.Member, version = t.MemberVersion, toBranchId = inside.Branch.Id }),
        new("transferMember", "toBranchId", (t, inside) => new { memberId = inside.Member.Id, version = inside.Member.Version, toBranchId = t.Branch }),
        new("recordMemberExit", "memberId", (t, _) => new { memberId = t.Member, version = t.MemberVersion, reason = "WITHDREW", exitedOn = "2024-01-01" }),
        new("updateMember", "memberId", (t, _) => new { memberId = t.Member, version = t.MemberVersion, name = "改名" }),
        new("updateMember", "registeredCommunityCode", (t, inside) => new { memberId = inside.Member.Id, version = inside.Member.Version, registeredCommunityCode = t.Village }),
        new("createBranch", "villageCode", (t, _) => new { name = "越界党支部", sector = "RURAL", villageCode = t.Village, foundedOn = "2020-01-01" }),
        new("appointSecretary", "branchId", (t, _) => new { branchId = t.Branch, version = t.BranchVersion, memberId = t.Member }),
        new("appointSecretary", "memberId", (t, inside) => new { branchId = inside.MemberBranch.Id, version = inside.MemberBranch.Version, memberId = t.Member }),
        new("rateBranch", "branchId", (t, _) => new { branchId = t.Branch, version = t.BranchVersion, rating = "STRONGEST", year = 2024 }),
        new("listWeakBranch", "branchId", (t, _) => new { branchId = t.Branch, version = t.BranchVersion, year = 2024 }),
        new("completeRectification", "branchId", (t, _) => new { branchId = t.Branch, version = t.BranchVersion, year = 2024 }),
        new("recordMeeting", "branchId", (t, _) => new { branchId = t.Branch, kind = "PARTY_LECTURE", heldOn = DateTime.UtcNow.AddDays(-5).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), attendance = 1 }),
        new("assignFirstSecretary", "villageCode", (t, _) => new { villageCode = t.Village, name = "越界书记", sentBy = "某单位", startedOn = "2024-01-01" }),
        new("endFirstSecretaryAssignment", "villageCode", (t, _) => new { villageCode = t.Village, endedOn = "2024-01-01" }),
        new("assignWorkTeam", "villageCode", (t, _) => new { villageCode = t.Village, sentBy = "某单位", startedOn = "2024-01-01", cadreNames = new[] { "越界队员" } }),
        new("updateServiceCenter", "villageCode", (t, _) => new { villageCode = t.Village, version = t.VillageVersion, hasServiceCenter = true, linkedOnline = true }),
        new("updateGrids", "villageCode", (t, _) => new
        {
            villageCode = t.Village, version = t.VillageVersion, grids = new[] { new { households = 5, workers = new[] { new { name = "越界网格员", fullTime = false } } } },
        }),
        new("electCommittee", "villageCode", (t, _) => new
        {
            villageCode = t.Village, version = t.VillageVersion,
            members = new[] { Elected("甲", true), Elected("乙", false), Elected("丙", false) },
        }),
    ];

    public static TheoryData<int> CaseNumbers { get; } = [.. Enumerable.Range(0, Cases.Length)];

    [Theory]
    [MemberData(nameof(CaseNumbers))]
    public async Task A_mutation_reaching_outside_the_banner_is_refused_like_one_naming_nothing_and_writes_nothing(int number)
    {
        var @case = Cases[number];
        var rows = await api.RowsAsync();
        var outside = new Target(rows.Outside.Branch.Id, rows.Outside.Branch.Version, rows.Outside.Member.Id, rows.Outside.Member.Version,
            @case.Field == "registeredCommunityCode" ? rows.Outside.Community : rows.Outside.Village, rows.Outside.VillageVersion,
            @case.Field switch
            {
                "villageCode" => rows.Outside.Village,
                "registeredCommunityCode" => rows.Outside.Community,
                "branchId" or "toBranchId" => Text(rows.Outside.Branch.Key),
                _ => Text(rows.Outside.Member.Key),
            });
        var unknown = new Target(NodeId.Encode("Branch", UnknownKey), 0, NodeId.Encode("Member", UnknownKey), 0, UnknownVillage, 0,
            @case.Field is "villageCode" or "registeredCommunityCode" ? UnknownVillage : Text(UnknownKey));

        var before = await SnapshotAsync(rows);
        var refused = await MutateAsync(@case, @case.Input(outside, rows.Inside), outside.Named);
        var written = await SnapshotAsync(rows);
        var nothing = await MutateAsync(@case, @case.Input(unknown, rows.Inside), unknown.Named);

        Assert.Equal(("NotFoundError", "NOT_FOUND", @case.Field), (refused.Type, refused.Code, refused.Field));
        Assert.Equal(nothing, refused);
        Assert.Equal(before, written);
    }

    private async Task<(string? Type, string? Code, string? Field, string? Message)> MutateAsync(Case @case, object input, string named)
    {
        var inputType = char.ToUpperInvariant(@case.Mutation[0]) + @case.Mutation[1..] + "Input";
        var body = await api.AsBannerAsync(
            $"mutation($input: {inputType}!) {{ {@case.Mutation}(input: $input) {{ errors {{ __typename ... on NotFoundError {{ code field message }} ... on Error {{ message }} }} }} }}",
            new { input });
        var error = Assert.Single(ScopeApi.Data(body).GetProperty(@case.Mutation).GetProperty("errors").EnumerateArray());
        string? Read(string name) => error.TryGetProperty(name, out var value) ? value.GetString() : null;
        return (Read("__typename"), Read("code"), Read("field"), Read("message")?.Replace(named, "…", StringComparison.Ordinal));
    }

    /// <summary>What a refused mutation must leave as it was: the log's end, row counts, and the versions of the rows aimed at.</summary>
    private async Task<string> SnapshotAsync(ScopeRows rows)
    {
        await using var db = api.OpenDatabase();
        long[] members = [rows.Outside.Member.Key, rows.Inside.Member.Key];
        long[] branches = [rows.Outside.Branch.Key, rows.Inside.Branch.Key, rows.Inside.MemberBranch.Key];
        string[] villages = [rows.Outside.Village, rows.Outside.Community];
        var counts = new object[]
        {
            await db.ChangeEvents.CountAsync(), await db.Members.CountAsync(), await db.Branches.CountAsync(), await db.Meetings.CountAsync(),
            await db.FirstSecretaries.CountAsync(f => f.EndedOn == null), await db.WorkTeams.CountAsync(), await db.Grids.CountAsync(), await db.CommitteeMembers.CountAsync(),
            await db.Rectifications.CountAsync(),
        };
        // Formatted in memory: PostgreSQL will not concatenate columns of different store types into one array.
        var versions = (await db.Members.Where(m => members.Contains(m.Id)).OrderBy(m => m.Id).Select(m => new { m.Id, m.Version, m.BranchId, m.Name, m.RegisteredCommunityCode }).ToListAsync())
            .Select(m => $"{m.Id}:{m.Version}:{m.BranchId}:{m.Name}:{m.RegisteredCommunityCode}").ToList();
        versions.AddRange((await db.Branches.Where(b => branches.Contains(b.Id)).OrderBy(b => b.Id).Select(b => new { b.Id, b.Version, b.SecretaryId, b.Rating }).ToListAsync())
            .Select(b => $"{b.Id}:{b.Version}:{b.SecretaryId}:{b.Rating}"));
        versions.AddRange((await db.Villages.Where(v => villages.Contains(v.Code)).OrderBy(v => v.Code).Select(v => new { v.Code, v.Version }).ToListAsync())
            .Select(v => $"{v.Code}:{v.Version}"));
        return $"{string.Join(",", counts)} | {string.Join(" ", versions)}";
    }

    private static string Text(long key) => key.ToString(System.Globalization.CultureInfo.InvariantCulture);

    private static object Person(string branchId, string? community) => new
    {
        branchId, name = "越界党员", gender = "FEMALE", ethnicity = "HAN", birthDate = "1990-01-01", joinedOn = "2020-01-01",
        education = "BACHELOR", occupation = "WORKER", registeredCommunityCode = community,
    };

    private static object Elected(string name, bool leads) => new
    {
        name, gender = "MALE", education = leads ? "BACHELOR" : "PRIMARY", source = "OTHER", onPartyCommittee = true, onResidentsCommittee = true,
        isPartySecretary = leads, isChair = leads,
    };
}
