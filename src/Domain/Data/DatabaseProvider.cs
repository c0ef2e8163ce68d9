using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace PartyOrg.Domain.Data;

/// <summary>Chooses and configures the database provider from <see cref="DatabaseOptions"/>.</summary>
public static class DatabaseProvider
{
    public const string Sqlite = "Sqlite";
    public const string SqlServer = "SqlServer";

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

        if (!string.Equals(options.Provider, Sqlite, StringComparison.OrdinalIgnoreCase))
        {
            throw new ConfigurationException(
                $"Database:Provider '{options.Provider}' is not supported. Use '{Sqlite}' (the default) or '{SqlServer}'.");
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

    public static void Configure(DbContextOptionsBuilder builder, DatabaseOptions options, string connectionString)
    {
        if (IsSqlServer(options))
        {
            builder.UseSqlServer(connectionString, sql => sql.MigrationsAssembly(typeof(PartyDbContext).Assembly.FullName));
        }
        else
        {
            builder.UseSqlite(connectionString);
        }
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
