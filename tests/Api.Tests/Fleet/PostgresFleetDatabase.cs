using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using PartyOrg.Api.Tests.Support;
using PartyOrg.Domain.Data;

namespace PartyOrg.Api.Tests.Fleet;

/// <summary>
/// A database of its own on the local PostgreSQL server (scripts/postgres.sh prepares the server and the role), created
/// empty: the first command run against it migrates and seeds it as a first start would. Dropped on dispose.
/// </summary>
public sealed class PostgresFleetDatabase : FleetDatabase
{
    private readonly string _name = "party_fleet_" + Guid.NewGuid().ToString("N")[..12];

    private PostgresFleetDatabase()
    {
    }

    public override string Provider => DatabaseProvider.PostgreSql;

    public override string ConnectionString => PostgresServer.Database(_name);

    public static async Task<PostgresFleetDatabase> CreateAsync()
    {
        var database = new PostgresFleetDatabase();
        await PostgresServer.ExecuteAsync($"CREATE DATABASE \"{database._name}\"");
        return database;
    }

    public override PartyDbContext Open() =>
        new PostgresPartyDbContext(new DbContextOptionsBuilder<PostgresPartyDbContext>().UseNpgsql(ConnectionString).Options);

    public override async ValueTask DisposeAsync()
    {
        NpgsqlConnection.ClearAllPools();
        await PostgresServer.ExecuteAsync($"DROP DATABASE IF EXISTS \"{_name}\" WITH (FORCE)");
    }
}

/// <summary>The local PostgreSQL server the fleet tests use, and whether it is there.</summary>
public static class PostgresServer
{
    /// <summary>A login allowed to create databases (the suite's: PARTY_TEST_POSTGRES, else the role scripts/postgres.sh makes).</summary>
    public static string Login => TestDatabase.PostgresServer;

    /// <summary>Whether a missing PostgreSQL fails the tests that need it instead of skipping them (CI).</summary>
    public static bool Required => Environment.GetEnvironmentVariable("PARTY_REQUIRE_POSTGRES") == "1";

    /// <summary>Why PostgreSQL cannot be used here, or null when it answers. Checked once per run.</summary>
    public static string? Unavailable => Probe.Value;

    private static readonly Lazy<string?> Probe = new(() =>
    {
        try
        {
            using var connection = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(Database("postgres")) { Timeout = 5, Pooling = false }.ToString());
            connection.Open();
            return null;
        }
        catch (NpgsqlException e)
        {
            return $"PostgreSQL does not answer at {new NpgsqlConnectionStringBuilder(Login).Host}:{new NpgsqlConnectionStringBuilder(Login).Port.ToString(CultureInfo.InvariantCulture)} " +
                $"({e.Message}); run scripts/postgres.sh (test.sh does).";
        }
    });

    public static string Database(string name) => TestDatabase.PostgresDatabase(name);

    public static async Task ExecuteAsync(string sql)
    {
        await using var connection = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(Database("postgres")) { Pooling = false }.ToString());
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }
}
