using Microsoft.Data.Sqlite;
using PartyOrg.Api.Schema.Statistics;

namespace PartyOrg.Benchmarks.Statistics;

/// <summary>
/// The dashboard's figures computed live from the base tables, as an implementation without rollups
/// would: per level (region, leagues, the given banners) one GROUP BY over Members, one over Branches
/// and one over Villages (with an EXISTS into CommitteeMembers), grouped by a prefix of the village code.
/// </summary>
public static class NaiveDashboard
{
    private const string MemberSql = """
        SELECT substr(VillageCode, 1, @n) AS Prefix, COUNT(*), SUM(Gender = 1),
               SUM(Age <= 30), SUM(Age BETWEEN 31 AND 35), SUM(Age BETWEEN 36 AND 40), SUM(Age BETWEEN 41 AND 45),
               SUM(Age BETWEEN 46 AND 50), SUM(Age BETWEEN 51 AND 55), SUM(Age BETWEEN 56 AND 60), SUM(Age > 60)
        FROM (SELECT VillageCode, Gender,
                     CAST(substr(@asOf, 1, 4) AS INTEGER) - CAST(substr(BirthDate, 1, 4) AS INTEGER)
                       - (substr(BirthDate, 6, 5) > substr(@asOf, 6, 5)) AS Age
              FROM Members /*filter*/)
        GROUP BY Prefix
        """;

    private const string BranchSql = """
        SELECT substr(VillageCode, 1, @n) AS Prefix, COUNT(*), SUM(Rating = 0)
        FROM Branches /*filter*/
        GROUP BY Prefix
        """;

    private const string VillageSql = """
        SELECT substr(v.Code, 1, @n) AS Prefix, COUNT(*), SUM(v.HasServiceCenter),
               SUM(EXISTS (SELECT 1 FROM CommitteeMembers c WHERE c.VillageCode = v.Code AND c.IsPartySecretary AND c.IsChair))
        FROM Villages v /*filter*/
        GROUP BY Prefix
        """;

    /// <summary>The statements, with the banner filter, for the report.</summary>
    public static IReadOnlyList<string> Statements(int banners) =>
    [
        MemberSql.Replace("/*filter*/", Filter("VillageCode", banners), StringComparison.Ordinal),
        BranchSql.Replace("/*filter*/", Filter("VillageCode", banners), StringComparison.Ordinal),
        VillageSql.Replace("/*filter*/", Filter("v.Code", banners), StringComparison.Ordinal),
    ];

    public static async Task<string> AgeAsOfAsync(SqliteConnection connection, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT AgeAsOf FROM StatisticsInfo LIMIT 1";
        return (string)(await command.ExecuteScalarAsync(cancellationToken))!;
    }

    /// <summary>Nine statements: the three levels times members, branches and villages.</summary>
    public static async Task<IReadOnlyDictionary<string, DashboardFigures>> ComputeAsync(
        SqliteConnection connection, string ageAsOf, IReadOnlyList<string> bannerCodes, CancellationToken cancellationToken)
    {
        var figures = new Dictionary<string, DashboardFigures>();
        await LevelAsync(2, []);
        await LevelAsync(4, []);
        await LevelAsync(6, bannerCodes);
        return figures;

        async Task LevelAsync(int prefix, IReadOnlyList<string> only)
        {
            var members = new Dictionary<string, (int Count, int Women, int[] Ages)>();
            await ReadAsync(MemberSql, "VillageCode", r => members[r.GetString(0)] =
                (r.GetInt32(1), r.GetInt32(2), [.. Enumerable.Range(3, 8).Select(r.GetInt32)]));
            var branches = new Dictionary<string, (int Count, int Strongest)>();
            await ReadAsync(BranchSql, "VillageCode", r => branches[r.GetString(0)] = (r.GetInt32(1), r.GetInt32(2)));
            var villages = new Dictionary<string, (int Count, int Centres, int OneShoulder)>();
            await ReadAsync(VillageSql, "v.Code", r => villages[r.GetString(0)] = (r.GetInt32(1), r.GetInt32(2), r.GetInt32(3)));
            foreach (var (key, m) in members)
            {
                var b = branches.GetValueOrDefault(key);
                var v = villages.GetValueOrDefault(key);
                figures[key.PadRight(6, '0')] = new DashboardFigures(
                    m.Count, Share.Of(b.Strongest, b.Count), Share.Of(m.Women, m.Count), Share.Of(v.Centres, v.Count), Share.Of(v.OneShoulder, v.Count), m.Ages);
            }

            async Task ReadAsync(string sql, string codeColumn, Action<SqliteDataReader> row)
            {
                await using var command = connection.CreateCommand();
                command.CommandText = sql.Replace("/*filter*/", Filter(codeColumn, only.Count), StringComparison.Ordinal);
                command.Parameters.AddWithValue("@n", prefix);
                command.Parameters.AddWithValue("@asOf", ageAsOf);
                for (var i = 0; i < only.Count; i++)
                {
                    command.Parameters.AddWithValue($"@b{i}", only[i]);
                }

                await using var reader = await command.ExecuteReaderAsync(cancellationToken);
                while (await reader.ReadAsync(cancellationToken))
                {
                    row(reader);
                }
            }
        }
    }

    private static string Filter(string codeColumn, int banners) =>
        banners == 0 ? "" : $"WHERE substr({codeColumn}, 1, 6) IN ({string.Join(", ", Enumerable.Range(0, banners).Select(i => $"@b{i}"))})";
}
