using System.Security.Cryptography;
using System.Text;
using Microsoft.Data.Sqlite;

namespace PartyOrg.Domain.Tests.Generation;

/// <summary>A SHA-256 over every generated row of every table, in key order (the rows stamped with the time of the run excluded).</summary>
internal static class DataDigest
{
    public static string Of(SeededDatabase db) => string.Join(";", PerTable(db).Select(p => $"{p.Key}={p.Value}"));

    public static SortedDictionary<string, string> PerTable(SeededDatabase db)
    {
        using var connection = new SqliteConnection(db.ConnectionString);
        connection.Open();
        var tables = new List<string>();
        using (var list = connection.CreateCommand())
        {
            list.CommandText = "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name NOT IN ('SeedInfo', 'StatisticsInfo')";
            using var reader = list.ExecuteReader();
            while (reader.Read())
            {
                tables.Add(reader.GetString(0));
            }
        }

        var digests = new SortedDictionary<string, string>(StringComparer.Ordinal);
        foreach (var table in tables)
        {
            using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
            using var command = connection.CreateCommand();
            command.CommandText = $"SELECT * FROM \"{table}\" ORDER BY 1";
            using var reader = command.ExecuteReader();
            while (reader.Read())
            {
                for (var c = 0; c < reader.FieldCount; c++)
                {
                    hash.AppendData(Encoding.UTF8.GetBytes((reader.IsDBNull(c) ? "\u2400" : Convert.ToString(reader.GetValue(c), System.Globalization.CultureInfo.InvariantCulture)) + "\u241F"));
                }
            }

            digests[table] = Convert.ToHexString(hash.GetHashAndReset());
        }

        return digests;
    }
}
