using System.Data;
using System.Data.Common;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace PartyOrg.Benchmarks.Setup;

/// <summary>Where the floors and the replayed statements read: the SQLite file (Microsoft.Data.Sqlite) or the PostgreSQL database (Npgsql).</summary>
public sealed record FloorDatabase(string ConnectionString, bool IsPostgres)
{
    /// <summary>The ADO.NET provider, for the report.</summary>
    public string Provider => IsPostgres ? "Npgsql" : "Microsoft.Data.Sqlite";

    public async Task<DbConnection> OpenAsync(CancellationToken cancellationToken)
    {
        DbConnection connection = IsPostgres ? new NpgsqlConnection(ConnectionString) : new SqliteConnection(ConnectionString);
        await connection.OpenAsync(cancellationToken);
        return connection;
    }
}

public static class FloorCommands
{
    /// <summary>Adds a parameter; its type is given when the value may be null at preparation (Npgsql prepares with types).</summary>
    public static DbParameter Add(this DbCommand command, string name, object? value, DbType? type = null)
    {
        var parameter = command.CreateParameter();
        parameter.ParameterName = name;
        parameter.Value = value ?? DBNull.Value;
        if (type is { } known)
        {
            parameter.DbType = known;
        }

        command.Parameters.Add(parameter);
        return parameter;
    }
}
