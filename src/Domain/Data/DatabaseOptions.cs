namespace PartyOrg.Domain.Data;

/// <summary>The <c>Database</c> configuration section.</summary>
public sealed class DatabaseOptions
{
    public const string Section = "Database";

    /// <summary><c>Sqlite</c> (embedded default), <c>PostgreSQL</c> or <c>SqlServer</c>.</summary>
    public string Provider { get; set; } = DatabaseProvider.Sqlite;

    /// <summary>Required for PostgreSQL and SQL Server; for SQLite it overrides the file under <see cref="DataDirectory"/>.</summary>
    public string? ConnectionString { get; set; }

    /// <summary>Where the SQLite file lives, relative to the content root unless absolute.</summary>
    public string DataDirectory { get; set; } = "data";

    /// <summary>The SQLite file name inside <see cref="DataDirectory"/>.</summary>
    public string FileName { get; set; } = "party.db";
}
