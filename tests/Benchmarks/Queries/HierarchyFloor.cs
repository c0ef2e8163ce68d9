using System.Data.Common;
using PartyOrg.Benchmarks.Floor;
using PartyOrg.Benchmarks.Setup;
using PartyOrg.Domain.Entities;

namespace PartyOrg.Benchmarks.Queries;

/// <summary>The hierarchy by hand: one prepared statement per level, each parent's first rows by a window.</summary>
public sealed class HierarchyFloor : IFloor
{
    private const string RegionCode = "150000";

    private readonly DbConnection _connection;
    private readonly DbCommand _region;
    private readonly WindowedLevel<string, DivisionRow> _leagues;
    private readonly WindowedLevel<string, DivisionRow> _banners;
    private readonly WindowedLevel<string, DivisionRow> _townships;
    private readonly WindowedLevel<string, DivisionRow> _villages;
    private readonly WindowedLevel<string, BranchRow> _branches;
    private readonly WindowedLevel<long, MemberRow> _members;
    private readonly List<int> _parentCounts = [];

    public HierarchyFloor(DbConnection connection)
    {
        _connection = connection;
        _region = connection.CreateCommand();
        _region.CommandText = "SELECT \"Code\", \"Name\" FROM \"Regions\" WHERE \"Code\" = @code";
        _region.Add("@code", RegionCode);
        _region.Prepare();
        _leagues = Divisions("Leagues", "RegionCode", HierarchyQuery.LeaguePage);
        _banners = Divisions("Banners", "LeagueCode", HierarchyQuery.Page);
        _townships = Divisions("Townships", "BannerCode", HierarchyQuery.Page);
        _villages = Divisions("Villages", "TownshipCode", HierarchyQuery.Page);
        _branches = new(connection, "Branches", "VillageCode", "Id", "Id, Name, Sector", HierarchyQuery.Page,
            r => new BranchRow(r.GetInt64(1), r.GetString(2), (BranchSector)r.GetInt32(3)));
        _members = new(connection, "Members", "BranchId", "Id", "Id, Name, JoinedOn", HierarchyQuery.Page,
            r => new MemberRow(r.GetInt64(1), r.GetString(2), r.GetFieldValue<DateOnly>(3)));
    }

    public IReadOnlyList<string> Statements => _parentCounts.Count < 6 ? [] :
    [
        _region.CommandText, _leagues.Sql(_parentCounts[0]), _banners.Sql(_parentCounts[1]), _townships.Sql(_parentCounts[2]),
        _villages.Sql(_parentCounts[3]), _branches.Sql(_parentCounts[4]), _members.Sql(_parentCounts[5]),
    ];

    public async Task<IFloorResult> RunAsync(CancellationToken cancellationToken)
    {
        DivisionRow region;
        await using (var reader = await _region.ExecuteReaderAsync(cancellationToken))
        {
            await reader.ReadAsync(cancellationToken);
            region = new DivisionRow(reader.GetString(0), reader.GetString(1));
        }

        List<string> regions = [region.Code];
        var leagues = await _leagues.LoadAsync(regions, cancellationToken);
        var leagueCodes = Children(regions, leagues, l => l.Code);
        var banners = await _banners.LoadAsync(leagueCodes, cancellationToken);
        var bannerCodes = Children(leagueCodes, banners, b => b.Code);
        var townships = await _townships.LoadAsync(bannerCodes, cancellationToken);
        var townshipCodes = Children(bannerCodes, townships, t => t.Code);
        var villages = await _villages.LoadAsync(townshipCodes, cancellationToken);
        var villageCodes = Children(townshipCodes, villages, v => v.Code);
        var branches = await _branches.LoadAsync(villageCodes, cancellationToken);
        var branchIds = Children(villageCodes, branches, b => b.Id);
        var members = await _members.LoadAsync(branchIds, cancellationToken);
        _parentCounts.Clear();
        _parentCounts.AddRange([regions.Count, leagueCodes.Count, bannerCodes.Count, townshipCodes.Count, villageCodes.Count, branchIds.Count]);
        return new HierarchyResult(region, leagues, banners, townships, villages, branches, members);
    }

    public async ValueTask DisposeAsync()
    {
        _members.Dispose();
        _branches.Dispose();
        _villages.Dispose();
        _townships.Dispose();
        _banners.Dispose();
        _leagues.Dispose();
        await _region.DisposeAsync();
        await _connection.DisposeAsync();
    }

    /// <summary>The keys of the next level's parents, in document order.</summary>
    private static List<TKey> Children<TParent, TRow, TKey>(List<TParent> parents, Dictionary<TParent, List<TRow>> pages, Func<TRow, TKey> key)
        where TParent : notnull =>
        [.. parents.SelectMany(p => pages.TryGetValue(p, out var page) ? page : []).Select(key)];

    private WindowedLevel<string, DivisionRow> Divisions(string table, string parentColumn, int take) =>
        new(_connection, table, parentColumn, "Code", "Code, Name", take, r => new DivisionRow(r.GetString(1), r.GetString(2)));

    private sealed record HierarchyResult(
        DivisionRow Region,
        Dictionary<string, List<DivisionRow>> Leagues,
        Dictionary<string, List<DivisionRow>> Banners,
        Dictionary<string, List<DivisionRow>> Townships,
        Dictionary<string, List<DivisionRow>> Villages,
        Dictionary<string, List<BranchRow>> Branches,
        Dictionary<long, List<MemberRow>> Members) : IFloorResult
    {
        public ResultKeys Keys()
        {
            var keys = new ResultKeys();
            keys.Add("region", Region.Fields);
            foreach (var league in Leagues.GetValueOrDefault(Region.Code, []))
            {
                keys.Add("leagues", league.Fields);
                foreach (var banner in Banners.GetValueOrDefault(league.Code, []))
                {
                    keys.Add("banners", banner.Fields);
                    foreach (var township in Townships.GetValueOrDefault(banner.Code, []))
                    {
                        keys.Add("townships", township.Fields);
                        foreach (var village in Villages.GetValueOrDefault(township.Code, []))
                        {
                            keys.Add("villages", village.Fields);
                            foreach (var branch in Branches.GetValueOrDefault(village.Code, []))
                            {
                                keys.Add("branches", branch.Fields);
                                foreach (var member in Members.GetValueOrDefault(branch.Id, []))
                                {
                                    keys.Add("members", member.Fields);
                                }
                            }
                        }
                    }
                }
            }

            return keys;
        }
    }
}
