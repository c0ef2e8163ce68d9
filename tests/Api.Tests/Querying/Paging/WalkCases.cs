using Microsoft.EntityFrameworkCore;
using PartyOrg.Api.Schema.Common;
using PartyOrg.Domain.Data;

namespace PartyOrg.Api.Tests.Querying.Paging;

/// <summary>
/// A list to page through: the connection (with <c>ARGS</c> and <c>SELECTION</c> placeholders), where it
/// sits in the answer, the node field that identifies a row, a page size, and the rows in the order the
/// API must return them, read straight from the host's database and ordered by LINQ to objects.
/// Ties are broken by the key, ascending unless every step of the order is descending.
/// </summary>
public sealed record WalkCase(string Connection, string[] Path, string Key, int Size, IReadOnlyList<string> Expected);

public static class WalkCases
{
    private static readonly Dictionary<string, Func<PartyDbContext, Task<WalkCase>>> Cases = new()
    {
        ["banners of Hulunbuir (league.banners)"] = async db => new(
            "division(code: \"150700\") { ... on League { banners(ARGS) { SELECTION } } }", ["division", "banners"], "code", 4,
            [.. (await db.Banners.Where(b => b.LeagueCode == "150700").ToListAsync()).Select(b => b.Code).Order(StringComparer.Ordinal)]),
        ["townships of Jining (banner.townships)"] = async db => new(
            "division(code: \"150902\") { ... on Banner { townships(ARGS) { SELECTION } } }", ["division", "townships"], "code", 3,
            [.. (await db.Townships.Where(t => t.BannerCode == "150902").ToListAsync()).Select(t => t.Code).Order(StringComparer.Ordinal)]),
        ["members of the largest branch (branch.members)"] = async db =>
        {
            var (branch, members) = await LargestBranchAsync(db);
            return new($"node(id: \"{NodeId.Encode("Branch", branch)}\") {{ ... on Branch {{ members(ARGS) {{ SELECTION }} }} }}", ["node", "members"], "id", 15,
                [.. members.OrderBy(m => m.Id).Select(m => NodeId.Encode("Member", m.Id))]);
        },
        ["members of the largest branch by education (ties)"] = async db =>
        {
            var (branch, members) = await LargestBranchAsync(db);
            return new($"node(id: \"{NodeId.Encode("Branch", branch)}\") {{ ... on Branch {{ members(order: [{{education: ASC}}], ARGS) {{ SELECTION }} }} }}",
                ["node", "members"], "id", 10, [.. members.OrderBy(m => m.Education).ThenBy(m => m.Id).Select(m => NodeId.Encode("Member", m.Id))]);
        },
        ["villages within 泉山街道 (flat, within)"] = async db => new(
            "villages(within: \"150902008\", ARGS) { SELECTION }", ["villages"], "code", 4,
            [.. (await db.Villages.Where(v => v.TownshipCode == "150902008").ToListAsync()).Select(v => v.Code).Order(StringComparer.Ordinal)]),
        ["banners by kind (ties)"] = async db => new(
            "banners(order: [{kind: ASC}], ARGS) { SELECTION }", ["banners"], "code", 7,
            [.. (await db.Banners.ToListAsync()).OrderBy(b => b.Kind).ThenBy(b => b.Code, StringComparer.Ordinal).Select(b => b.Code)]),
        ["banners by Chinese name"] = async db => new(
            "banners(order: [{name: ASC}], ARGS) { SELECTION }", ["banners"], "code", 9,
            [.. (await db.Banners.ToListAsync()).OrderBy(b => b.Name, StringComparer.Ordinal).ThenBy(b => b.Code, StringComparer.Ordinal).Select(b => b.Code)]),
        ["leagues by English name descending"] = async db => new(
            "leagues(order: [{nameEn: DESC}], ARGS) { SELECTION }", ["leagues"], "code", 5,
            [.. (await db.Leagues.ToListAsync()).OrderByDescending(l => l.NameEn, StringComparer.Ordinal).ThenByDescending(l => l.Code, StringComparer.Ordinal).Select(l => l.Code)]),
        ["villages of Jining by service fund ascending (nulls first, ties)"] = async db => new(
            "villages(within: \"150902\", order: [{annualServiceFund: ASC}], ARGS) { SELECTION }", ["villages"], "code", 8,
            [.. (await JiningVillagesAsync(db)).OrderBy(v => v.AnnualServiceFund).ThenBy(v => v.Code, StringComparer.Ordinal).Select(v => v.Code)]),
        ["villages of Jining by service fund descending (nulls last, ties)"] = async db => new(
            "villages(within: \"150902\", order: [{annualServiceFund: DESC}], ARGS) { SELECTION }", ["villages"], "code", 8,
            [.. (await JiningVillagesAsync(db)).OrderByDescending(v => v.AnnualServiceFund).ThenByDescending(v => v.Code, StringComparer.Ordinal).Select(v => v.Code)]),
        ["branches of Jining by rating, then newest founded (mixed directions)"] = async db => new(
            "branches(within: \"150902\", order: [{rating: ASC}, {foundedOn: DESC}], ARGS) { SELECTION }", ["branches"], "id", 6,
            [.. (await db.Branches.Where(b => b.VillageCode.StartsWith("150902")).ToListAsync())
                .OrderBy(b => b.Rating).ThenByDescending(b => b.FoundedOn).ThenBy(b => b.Id).Select(b => NodeId.Encode("Branch", b.Id))]),
    };

    public static TheoryData<string> Names
    {
        get
        {
            var names = new TheoryData<string>();
            foreach (var name in Cases.Keys)
            {
                names.Add(name);
            }

            return names;
        }
    }

    public static async Task<WalkCase> PrepareAsync(PartyDbContext db, string name) => await Cases[name](db);

    private static async Task<(long Branch, List<Domain.Entities.Member> Members)> LargestBranchAsync(PartyDbContext db)
    {
        var branch = await db.Members.GroupBy(m => m.BranchId).OrderByDescending(g => g.Count()).ThenBy(g => g.Key).Select(g => g.Key).FirstAsync();
        return (branch, await db.Members.Where(m => m.BranchId == branch).ToListAsync());
    }

    private static Task<List<Domain.Entities.Village>> JiningVillagesAsync(PartyDbContext db) =>
        db.Villages.Where(v => v.Code.StartsWith("150902")).ToListAsync();
}
