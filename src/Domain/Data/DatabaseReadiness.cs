using Microsoft.EntityFrameworkCore;

namespace PartyOrg.Domain.Data;

/// <summary>What an instance needs of its database before it takes traffic, and what it found.</summary>
/// <param name="Reachable">A connection opened.</param>
/// <param name="Current">The schema matches this version (SQLite: every table exists; migrated providers: no pending migration).</param>
/// <param name="Seeded">The seed finished: its row is written last, in the seed's own transaction.</param>
/// <param name="Problem">Why the database is not ready, in one sentence; null when it is.</param>
public sealed record DatabaseState(bool Reachable, bool Current, bool Seeded, string? Problem)
{
    public bool Ready => Reachable && Current && Seeded;
}

/// <summary>Answers "may this instance serve?" from the database alone, without changing it.</summary>
public sealed class DatabaseReadiness(IDbContextFactory<PartyDbContext> contexts)
{
    public async Task<DatabaseState> CheckAsync(CancellationToken cancellationToken)
    {
        await using var context = await contexts.CreateDbContextAsync(cancellationToken);
        try
        {
            await context.Database.OpenConnectionAsync(cancellationToken);
            if (await SchemaProblemAsync(context, cancellationToken) is { } problem)
            {
                return new DatabaseState(Reachable: true, Current: false, Seeded: false, problem);
            }

            var seeded = await context.SeedInfo.AnyAsync(cancellationToken);
            return new DatabaseState(Reachable: true, Current: true, seeded, seeded ? null : "The database has not been seeded yet.");
        }
        catch (Exception e) when (e is System.Data.Common.DbException or InvalidOperationException or TimeoutException)
        {
            // The type names the failure (refused, timed out, authentication) without the server's text, which may hold addresses.
            return new DatabaseState(Reachable: false, Current: false, Seeded: false, $"The database cannot be reached ({e.GetType().Name}).");
        }
    }

    private static async Task<string?> SchemaProblemAsync(PartyDbContext context, CancellationToken cancellationToken)
    {
        try
        {
            await SchemaCheck.EnsureCurrentAsync(context, cancellationToken);
        }
        catch (ConfigurationException)
        {
            return "The database schema is not this version's.";
        }

        return !context.Database.IsSqlite() && (await context.Database.GetPendingMigrationsAsync(cancellationToken)).Any()
            ? "The database has migrations still to apply."
            : null;
    }
}
