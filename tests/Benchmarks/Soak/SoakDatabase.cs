using Microsoft.EntityFrameworkCore;
using Npgsql;
using PartyOrg.Benchmarks.Subscriptions;
using PartyOrg.Domain.Data;

namespace PartyOrg.Benchmarks.Soak;

/// <summary>A database of its own on a PostgreSQL server, created empty (the first command migrates and seeds it) and dropped on dispose.</summary>
public sealed class SoakDatabase : IAsyncDisposable
{
    /// <summary>The role scripts/postgres.sh makes on the local cluster.</summary>
    public const string DefaultLogin = "Host=127.0.0.1;Port=5432;Username=party;Password=party";

    private readonly string _login;
    private readonly string _name = "party_soak_" + Guid.NewGuid().ToString("N")[..12];

    private SoakDatabase(string login) => _login = login;

    public string ConnectionString => new NpgsqlConnectionStringBuilder(_login) { Database = _name }.ToString();

    public static async Task<SoakDatabase> CreateAsync(string login, CancellationToken cancellationToken)
    {
        var database = new SoakDatabase(login);
        await database.ExecuteAsync($"CREATE DATABASE \"{database._name}\"", cancellationToken);
        return database;
    }

    /// <summary>The leagues, banners and branches with members the load picks from.</summary>
    public async Task<Catalogue> ReadCatalogueAsync(CancellationToken cancellationToken)
    {
        await using var db = new PostgresPartyDbContext(new DbContextOptionsBuilder<PostgresPartyDbContext>().UseNpgsql(ConnectionString).Options);
        return await Catalogue.ReadAsync(db, cancellationToken);
    }

    public async ValueTask DisposeAsync()
    {
        NpgsqlConnection.ClearAllPools();
        await ExecuteAsync($"DROP DATABASE IF EXISTS \"{_name}\" WITH (FORCE)", CancellationToken.None);
    }

    private async Task ExecuteAsync(string sql, CancellationToken cancellationToken)
    {
        await using var connection = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(_login) { Database = "postgres", Pooling = false }.ToString());
        await connection.OpenAsync(cancellationToken);
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
