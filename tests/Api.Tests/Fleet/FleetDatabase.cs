using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using PartyOrg.Api.Tests.Support;
using PartyOrg.Domain.Data;
using PartyOrg.Domain.Generation;

namespace PartyOrg.Api.Tests.Fleet;

/// <summary>The one database every instance of a fleet shares, private to one test class and removed after it.</summary>
public abstract class FleetDatabase : IAsyncDisposable
{
    /// <summary>The provider's name for <c>Database:Provider</c>.</summary>
    public abstract string Provider { get; }

    public abstract string ConnectionString { get; }

    /// <summary>The configuration every instance (and every command run against the database) gets.</summary>
    public IReadOnlyList<KeyValuePair<string, string>> Settings =>
        [new("Database:Provider", Provider), new("Database:ConnectionString", ConnectionString)];

    /// <summary>A context on the shared database, for comparing what the instances say with the rows.</summary>
    public abstract PartyDbContext Open();

    public abstract ValueTask DisposeAsync();
}

/// <summary>One SQLite file in a temporary folder, starting from the run's seeded demo template.</summary>
public sealed class SqliteFleetDatabase : FleetDatabase
{
    private readonly string _directory = Directory.CreateTempSubdirectory("party-fleet-").FullName;

    public SqliteFleetDatabase() => SeededTemplates.CopyTo(SeedScale.Demo, Path);

    public override string Provider => DatabaseProvider.Sqlite;

    public override string ConnectionString => new SqliteConnectionStringBuilder { DataSource = Path }.ToString();

    public override PartyDbContext Open() =>
        new(new DbContextOptionsBuilder<PartyDbContext>().UseSqlite(ConnectionString).Options);

    private string Path => System.IO.Path.Combine(_directory, "party.db");

    public override ValueTask DisposeAsync()
    {
        SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(_directory, recursive: true);
        }
        catch (IOException)
        {
            // A handle a finaliser still holds: the OS temp cleaner takes it.
        }

        return ValueTask.CompletedTask;
    }
}
