using Npgsql;
using PartyOrg.Domain.Data;

namespace PartyOrg.Api.Tests.Support;

/// <summary>
/// Which database the suite runs on: SQLite unless <c>PARTY_TEST_DATABASE=PostgreSQL</c>, then the server
/// named by <c>PARTY_TEST_POSTGRES</c> (default: the local cluster scripts/postgres.sh prepares).
/// </summary>
public static class TestDatabase
{
    public const string Variable = "PARTY_TEST_DATABASE";

    public static bool IsPostgreSql { get; } =
        string.Equals(Environment.GetEnvironmentVariable(Variable), DatabaseProvider.PostgreSql, StringComparison.OrdinalIgnoreCase);

    /// <summary>A login allowed to create databases, without a database name.</summary>
    public static string PostgresServer { get; } =
        Environment.GetEnvironmentVariable("PARTY_TEST_POSTGRES") is { Length: > 0 } server
            ? server
            : "Host=127.0.0.1;Port=5432;Username=party;Password=party";

    /// <summary>
    /// The connection string of one database on the test server. Each host's pool is kept small: test hosts run
    /// side by side and the server's connection slots (100 by default) are shared with whatever else uses it.
    /// </summary>
    public static string PostgresDatabase(string name, bool pooling = true) =>
        new NpgsqlConnectionStringBuilder(PostgresServer) { Database = name, Pooling = pooling, MaxPoolSize = 10 }.ToString();

    /// <summary>Why a test that only makes sense on SQLite does not run on the server database; null on SQLite.</summary>
    public static string? SqliteOnly(string reason) => IsPostgreSql ? $"SQLite only: {reason}" : null;
}
