using Npgsql;
using PartyOrg.Domain.Generation;

namespace PartyOrg.Benchmarks.Setup;

/// <summary>
/// The full-scale data on PostgreSQL, in a database of its own (<c>party_bench_full</c>) that is kept for the next
/// run: created empty when missing, in which case the API migrates it and seeds it at full scale (binary COPY) on its
/// first start. A database seeded at another scale is refused.
/// </summary>
public sealed class FullScalePostgres
{
    public const string DatabaseName = "party_bench_full";

    private readonly string _login;

    private FullScalePostgres(string login, bool created)
    {
        _login = login;
        Created = created;
    }

    /// <summary>Whether this run created the database (so the API's first start seeds it).</summary>
    public bool Created { get; }

    public string ConnectionString => new NpgsqlConnectionStringBuilder(_login) { Database = DatabaseName }.ToString();

    /// <summary>The API's settings for this database, full scale when it seeds.</summary>
    public IReadOnlyList<KeyValuePair<string, string>> ApiSettings =>
    [
        new("Database:Provider", "PostgreSQL"),
        new("Database:ConnectionString", ConnectionString),
        new("Seed:Scale", SeedScale.Full.Name()),
    ];

    public FloorDatabase Floor => new(ConnectionString, IsPostgres: true);

    public static async Task<FullScalePostgres> OpenAsync(string login, TextWriter log, CancellationToken cancellationToken)
    {
        await using var connection = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(login) { Database = "postgres", Pooling = false }.ToString());
        await connection.OpenAsync(cancellationToken);
        await using var exists = new NpgsqlCommand("SELECT 1 FROM pg_database WHERE datname = @name", connection);
        exists.Parameters.AddWithValue("name", DatabaseName);
        if (await exists.ExecuteScalarAsync(cancellationToken) is not null)
        {
            return new FullScalePostgres(login, created: false);
        }

        log.WriteLine($"Creating PostgreSQL database {DatabaseName}; the API seeds it at full scale on its first start …");
        await using var create = new NpgsqlCommand($"CREATE DATABASE \"{DatabaseName}\"", connection);
        await create.ExecuteNonQueryAsync(cancellationToken);
        return new FullScalePostgres(login, created: true);
    }

    /// <summary>The seed record, once the API has started; anything but a full-scale one is refused, so results stay comparable.</summary>
    public async Task<string> SeedDescriptionAsync(CancellationToken cancellationToken)
    {
        await using var connection = await Floor.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT \"Scale\", \"Seed\", \"AsOf\" FROM \"SeedInfo\" LIMIT 1";
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        if (!await reader.ReadAsync(cancellationToken))
        {
            throw new InvalidOperationException($"PostgreSQL database {DatabaseName} holds no seeded data.");
        }

        var scale = reader.GetString(0);
        return scale == SeedScale.Full.Name()
            ? $"PostgreSQL database {DatabaseName} ({(Created ? "seeded by this run" : "reused")}; {scale}, seed {reader.GetInt32(1)}, as of {reader.GetFieldValue<DateOnly>(2):yyyy-MM-dd})"
            : throw new InvalidOperationException($"PostgreSQL database {DatabaseName} was seeded at scale '{scale}'; the benchmark needs 'full'. Drop it to have it seeded again.");
    }
}
