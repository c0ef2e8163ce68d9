using Microsoft.Data.Sqlite;
using PartyOrg.Domain.Tests.Generation;

namespace PartyOrg.Domain.Tests.Statistics;

/// <summary>Raw SQL over a seeded database: the rollup tests' oracle, computed without the rollups' own code.</summary>
internal static class RollupSql
{
    /// <summary>Every row of a query, each as its column values.</summary>
    public static List<object?[]> Rows(this SeededDatabase db, string sql)
    {
        using var connection = new SqliteConnection(db.ConnectionString);
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        using var reader = command.ExecuteReader();
        var rows = new List<object?[]>();
        while (reader.Read())
        {
            var row = new object?[reader.FieldCount];
            reader.GetValues(row!);
            rows.Add(row);
        }

        return rows;
    }

    /// <summary>
    /// Runs a query grouped by village-code prefix once for each prefix length, and keys its counts by the division
    /// the prefix names: the first column is the prefix, the others are counts.
    /// </summary>
    public static Dictionary<string, long[]> CountsByDivision(this SeededDatabase db, IEnumerable<int> prefixLengths, Func<int, string> sql)
    {
        var counts = new Dictionary<string, long[]>();
        foreach (var length in prefixLengths)
        {
            foreach (var row in db.Rows(sql(length)))
            {
                counts[DivisionCode((string)row[0]!)] = [.. row.Skip(1).Select(v => (long)v!)];
            }
        }

        return counts;
    }

    /// <summary>The division a village-code prefix names: 2 digits are the region and 4 a league, padded to 6 as their codes are.</summary>
    public static string DivisionCode(string prefix) => prefix.Length switch
    {
        2 => prefix + "0000",
        4 => prefix + "00",
        _ => prefix,
    };
}
