using System.Globalization;
using Npgsql;

namespace PartyOrg.Api.Tests.Support;

/// <summary>
/// The test run's databases on the PostgreSQL server: named <c>party_t{process}_…</c>, so parallel runs
/// never meet, and dropped on dispose; those of processes that no longer run are dropped at the first use.
/// </summary>
internal static class PostgresDatabases
{
    private static readonly string Prefix = $"party_t{Environment.ProcessId}_";
    private static readonly Lazy<Task> Swept = new(SweepLeftoversAsync);
    private static int _counter;

    public static string TemplateName(string scale) => Prefix + "template_" + scale;

    public static string NewName() => Prefix + Interlocked.Increment(ref _counter).ToString(CultureInfo.InvariantCulture);

    /// <summary>Creates <paramref name="name"/>, empty or as a copy of <paramref name="template"/>.</summary>
    public static async Task CreateAsync(string name, string? template)
    {
        await Swept.Value;
        var sql = template is null ? $"CREATE DATABASE \"{name}\"" : $"CREATE DATABASE \"{name}\" TEMPLATE \"{template}\"";
        await ExecuteAsync(sql);
    }

    public static async Task DropAsync(string name)
    {
        // Clears this process's idle connections to it first; FORCE ends any other session still on it.
        await using (var connection = new NpgsqlConnection(TestDatabase.PostgresDatabase(name)))
        {
            NpgsqlConnection.ClearPool(connection);
        }

        // Under a loaded CI machine the drop can still meet a session that has not yet ended (55006) or a
        // concurrent CREATE … TEMPLATE; it is tried again, and a database that still will not go is left
        // for the sweep of the next run (its process is gone by then) rather than failing the class.
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                await ExecuteAsync($"DROP DATABASE IF EXISTS \"{name}\" WITH (FORCE)");
                return;
            }
            catch (PostgresException) when (attempt < 5)
            {
                await Task.Delay(TimeSpan.FromMilliseconds(200 * attempt));
            }
            catch (PostgresException e)
            {
                await Console.Error.WriteLineAsync($"Could not drop test database {name} ({e.SqlState}: {e.MessageText}); the next run sweeps it.");
                return;
            }
        }
    }

    private static async Task ExecuteAsync(string sql)
    {
        await using var connection = new NpgsqlConnection(TestDatabase.PostgresDatabase("postgres", pooling: false));
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }

    private static async Task SweepLeftoversAsync()
    {
        var leftovers = new List<string>();
        await using (var connection = new NpgsqlConnection(TestDatabase.PostgresDatabase("postgres", pooling: false)))
        {
            await connection.OpenAsync();
            await using var command = new NpgsqlCommand("SELECT datname FROM pg_database WHERE datname LIKE 'party\\_t%'", connection);
            await using var reader = await command.ExecuteReaderAsync();
            while (await reader.ReadAsync())
            {
                leftovers.Add(reader.GetString(0));
            }
        }

        foreach (var name in leftovers.Where(n => OwnerGone(n)))
        {
            await ExecuteAsync($"DROP DATABASE IF EXISTS \"{name}\" WITH (FORCE)");
        }
    }

    /// <summary>The process that made it is gone (the name carries its id after <c>party_t</c>).</summary>
    private static bool OwnerGone(string name)
    {
        var digits = name["party_t".Length..].Split('_')[0];
        return int.TryParse(digits, NumberStyles.None, CultureInfo.InvariantCulture, out var pid)
            && pid != Environment.ProcessId
            && !Directory.Exists($"/proc/{pid}");
    }
}
