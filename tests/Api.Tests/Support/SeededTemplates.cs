using System.Collections.Concurrent;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using PartyOrg.Domain.Data;
using PartyOrg.Domain.Generation;

namespace PartyOrg.Api.Tests.Support;

/// <summary>
/// One generated database per scale for the whole test run: each host gets a private copy of it
/// instead of generating the same deterministic rows again (seconds per class at demo scale,
/// half a minute at full scale).
/// </summary>
internal static class SeededTemplates
{
    private static readonly ConcurrentDictionary<SeedScale, Lazy<string>> Templates = new();
    private static readonly string Root = Path.Combine(Path.GetTempPath(), "party-api-templates-" + Environment.ProcessId);

    static SeededTemplates() => AppDomain.CurrentDomain.ProcessExit += (_, _) => TryDelete(Root);

    /// <summary>Copies the template of <paramref name="scale"/> to <paramref name="databasePath"/>.</summary>
    public static void CopyTo(SeedScale scale, string databasePath)
    {
        var template = Templates.GetOrAdd(scale, s => new Lazy<string>(() => Generate(s))).Value;
        File.Copy(template, databasePath, overwrite: false);
    }

    private static string Generate(SeedScale scale)
    {
        var directory = Path.Combine(Root, scale.Name());
        Directory.CreateDirectory(directory);
        var path = Path.Combine(directory, "party.db");
        var options = new DbContextOptionsBuilder<PartyDbContext>()
            .UseSqlite(new SqliteConnectionStringBuilder { DataSource = path, Pooling = false }.ToString()).Options;
        var seeder = new DatabaseSeeder(new PooledDbContextFactory<PartyDbContext>(options));
        seeder.EnsureSeededAsync(scale, SeedOptions.DefaultSeed, SeedOptions.DefaultAsOf, CancellationToken.None).GetAwaiter().GetResult();

        // One self-contained file: fold the write-ahead log back in before it is copied.
        using (var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = path, Pooling = false }.ToString()))
        {
            connection.Open();
            using var command = connection.CreateCommand();
            command.CommandText = "PRAGMA wal_checkpoint(TRUNCATE); PRAGMA journal_mode=DELETE;";
            command.ExecuteNonQuery();
        }

        return path;
    }

    private static void TryDelete(string directory)
    {
        try
        {
            Directory.Delete(directory, recursive: true);
        }
        catch (IOException)
        {
        }
        catch (UnauthorizedAccessException)
        {
        }
    }
}
