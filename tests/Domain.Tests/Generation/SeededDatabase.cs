using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using PartyOrg.Domain.Data;
using PartyOrg.Domain.Generation;

namespace PartyOrg.Domain.Tests.Generation;

/// <summary>A generated SQLite database in its own temporary folder, deleted on dispose.</summary>
public sealed class SeededDatabase : IDbContextFactory<PartyDbContext>, IDisposable
{
    private readonly string _directory = Path.Combine(Path.GetTempPath(), "party-tests-" + Guid.NewGuid().ToString("N"));
    private readonly DbContextOptions<PartyDbContext> _options;

    public SeededDatabase()
    {
        Directory.CreateDirectory(_directory);
        ConnectionString = new SqliteConnectionStringBuilder { DataSource = Path.Combine(_directory, "party.db"), Pooling = false }.ToString();
        _options = new DbContextOptionsBuilder<PartyDbContext>().UseSqlite(ConnectionString).Options;
    }

    public string ConnectionString { get; }

    public SeedReport? Report { get; private set; }

    public static DateOnly AsOf => SeedOptions.DefaultAsOf;

    public static SeededDatabase Generate(SeedScale scale, int seed)
    {
        var database = new SeededDatabase();
        database.Report = new DatabaseSeeder(database).SeedAsync(scale, seed, AsOf, CancellationToken.None).GetAwaiter().GetResult();
        return database;
    }

    public PartyDbContext CreateDbContext() => new(_options);

    /// <summary>Runs a scalar query against the generated data.</summary>
    public T Scalar<T>(string sql)
    {
        using var connection = new SqliteConnection(ConnectionString);
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        var value = command.ExecuteScalar();
        return (T)Convert.ChangeType(value!, typeof(T), System.Globalization.CultureInfo.InvariantCulture);
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(_directory, recursive: true);
        }
        catch (IOException)
        {
            // A file still held open by a finaliser is left for the OS temp cleaner.
        }
    }
}

/// <summary>The demo scale with the default seed, shared by the tests of a class.</summary>
public sealed class DemoDatabase : IDisposable
{
    public SeededDatabase Database { get; } = SeededDatabase.Generate(SeedScale.Demo, SeedOptions.DefaultSeed);

    public void Dispose() => Database.Dispose();
}

/// <summary>The full scale with the default seed: generated once, shared by the tests of a class.</summary>
public sealed class FullDatabase : IDisposable
{
    public SeededDatabase Database { get; } = SeededDatabase.Generate(SeedScale.Full, SeedOptions.DefaultSeed);

    public void Dispose() => Database.Dispose();
}

[CollectionDefinition(Name)]
public sealed class FullScaleCollection : ICollectionFixture<FullDatabase>
{
    public const string Name = "full scale";
}
