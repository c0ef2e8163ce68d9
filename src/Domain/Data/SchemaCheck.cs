using Microsoft.EntityFrameworkCore;

namespace PartyOrg.Domain.Data;

/// <summary>
/// SQLite gets its schema from <c>EnsureCreated</c>, which leaves an existing file alone: a file made
/// by an earlier version may lack tables. Say so plainly instead of failing on the first query.
/// </summary>
public static class SchemaCheck
{
    public static async Task EnsureCurrentAsync(PartyDbContext db, CancellationToken cancellationToken)
    {
        if (!db.Database.IsSqlite())
        {
            return;
        }

        var existing = await db.Database.SqlQueryRaw<string>("SELECT name AS \"Value\" FROM sqlite_master WHERE type = 'table'").ToListAsync(cancellationToken);
        var missing = db.Model.GetEntityTypes().Select(e => e.GetTableName()!).Distinct(StringComparer.Ordinal).Except(existing, StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        if (missing.Count > 0)
        {
            throw new ConfigurationException(
                $"The SQLite database '{db.Database.GetDbConnection().DataSource}' was made by an earlier version: it lacks {string.Join(", ", missing)}. " +
                "Regenerate it with 'dotnet run --project src/Api -- seed' (or delete the file to have it made at the next start).");
        }
    }
}
