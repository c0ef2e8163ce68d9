using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace PartyOrg.Domain.Data;

/// <summary>Chooses and configures the database provider from <see cref="DatabaseOptions"/>.</summary>
public static class DatabaseProvider
{
    public const string Sqlite = "Sqlite";
    public const string SqlServer = "SqlServer";
    public const string PostgreSql = "PostgreSQL";

    /// <summary>Checks the options and resolves the connection string; throws <see cref="ConfigurationException"/> with one clear message.</summary>
    public static string ResolveConnectionString(DatabaseOptions options, string contentRoot)
    {
        if (string.Equals(options.Provider, SqlServer, StringComparison.OrdinalIgnoreCase))
        {
            if (string.IsNullOrWhiteSpace(options.ConnectionString))
            {
                throw new ConfigurationException(
                    "Database:Provider is SqlServer but Database:ConnectionString is empty. " +
                    "Set it, e.g. Database__ConnectionString=\"Server=...;Database=party;...\".");
            }

            return options.ConnectionString;
        }

        if (IsPostgreSql(options))
        {
            return CheckPostgreSql(options.ConnectionString);
        }

        if (!string.Equals(options.Provider, Sqlite, StringComparison.OrdinalIgnoreCase))
        {
            throw new ConfigurationException(
                $"Database:Provider '{options.Provider}' is not supported. Use '{Sqlite}' (the default), '{PostgreSql}' or '{SqlServer}'.");
        }

        if (!string.IsNullOrWhiteSpace(options.ConnectionString))
        {
            return options.ConnectionString;
        }

        var directory = Path.GetFullPath(Path.Combine(contentRoot, options.DataDirectory));
        EnsureWritable(directory);
        return new SqliteConnectionStringBuilder
        {
            DataSource = Path.Combine(directory, options.FileName),
            Pooling = true,
        }.ToString();
    }

    public static bool IsSqlServer(DatabaseOptions options) =>
        string.Equals(options.Provider, SqlServer, StringComparison.OrdinalIgnoreCase);

    public static bool IsPostgreSql(DatabaseOptions options) =>
        string.Equals(options.Provider, PostgreSql, StringComparison.OrdinalIgnoreCase);

    public static void Configure(DbContextOptionsBuilder builder, DatabaseOptions options, string connectionString)
    {
        if (IsSqlServer(options))
        {
            builder.UseSqlServer(connectionString, sql => sql.MigrationsAssembly(typeof(PartyDbContext).Assembly.FullName));
        }
        else if (IsPostgreSql(options))
        {
            builder.UseNpgsql(connectionString, npgsql => npgsql.MigrationsAssembly(typeof(PartyDbContext).Assembly.FullName))
                .AddInterceptors(NullsFirstOrdering.Instance);
        }
        else
        {
            builder.UseSqlite(connectionString);
        }
    }

    private static string CheckPostgreSql(string? connectionString)
    {
        if (string.IsNullOrWhiteSpace(connectionString))
        {
            throw new ConfigurationException(
                "Database:Provider is PostgreSQL but Database:ConnectionString is empty. " +
                "Set it, e.g. Database__ConnectionString=\"Host=127.0.0.1;Database=party;Username=party;Password=...\".");
        }

        NpgsqlConnectionStringBuilder parsed;
        try
        {
            parsed = new NpgsqlConnectionStringBuilder(connectionString);
        }
        catch (ArgumentException e)
        {
            throw new ConfigurationException($"Database:ConnectionString is not a valid PostgreSQL connection string: {e.Message}");
        }

        if (string.IsNullOrWhiteSpace(parsed.Database))
        {
            throw new ConfigurationException(
                "Database:ConnectionString for PostgreSQL names no database: add Database=<name> (it is created on first start when the role may).");
        }

        return connectionString;
    }

    private static void EnsureWritable(string directory)
    {
        try
        {
            Directory.CreateDirectory(directory);
            var probe = Path.Combine(directory, $".write-probe-{Environment.ProcessId}");
            File.WriteAllText(probe, string.Empty);
            File.Delete(probe);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new ConfigurationException(
                $"The data folder '{directory}' (Database:DataDirectory) is not writable: {e.Message}");
        }
    }
}
