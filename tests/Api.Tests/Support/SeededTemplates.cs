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
    private static readonly ConcurrentDictionary<SeedScale, Lazy<Task<string>>> PostgresTemplates = new();
    private static readonly string Root = Path.Combine(Path.GetTempPath(), "party-api-templates-" + Environment.ProcessId);

    static SeededTemplates() => AppDomain.CurrentDomain.ProcessExit += (_, _) =>
    {
        TryDelete(Root);
        foreach (var template in PostgresTemplates.Values.Where(t => t.IsValueCreated && t.Value.IsCompletedSuccessfully))
        {
            PostgresDatabases.DropAsync(template.Value.Result).GetAwaiter().GetResult();
        }
    };

    /// <summary>Creates the PostgreSQL database <paramref name="name"/> as a copy of the template of <paramref name="scale"/>.</summary>
    public static async Task CreatePostgresAsync(SeedScale scale, string name)
    {
        var template = await PostgresTemplates.GetOrAdd(scale, s => new Lazy<Task<string>>(() => GeneratePostgresAsync(s))).Value;
        await PostgresDatabases.CreateAsync(name, template);
    }

    private static async Task<string> GeneratePostgresAsync(SeedScale scale)
    {
        var name = PostgresDatabases.TemplateName(scale.Name());
        await PostgresDatabases.DropAsync(name);
        await PostgresDatabases.CreateAsync(name, template: null);

        // No pooling: a template must have no open connection when it is copied.
        var options = new DbContextOptionsBuilder<PostgresPartyDbContext>().UseNpgsql(TestDatabase.PostgresDatabase(name, pooling: false)).Options;
        var seeder = new DatabaseSeeder(new PostgresContexts(new PooledDbContextFactory<PostgresPartyDbContext>(options)));
        await seeder.EnsureSeededAsync(scale, SeedOptions.DefaultSeed, SeedOptions.DefaultAsOf, CancellationToken.None);
        return name;
    }

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
