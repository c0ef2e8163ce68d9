using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace PartyOrg.Domain.Data;

/// <summary>
/// The same model on PostgreSQL. A type of its own because EF Core finds migrations by context type:
/// PostgreSQL's live in <c>Data/PostgresMigrations</c> beside SQL Server's, each with its own snapshot.
/// </summary>
public sealed class PostgresPartyDbContext(DbContextOptions<PostgresPartyDbContext> options) : PartyDbContext(options)
{
    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        ArgumentNullException.ThrowIfNull(configurationBuilder);

        // Byte order, like SQLite's BINARY and .NET's ordinal comparison: equality and ORDER BY then agree
        // with the other providers and with keyset cursors, whatever locale the cluster was made with.
        configurationBuilder.Properties<string>().UseCollation("C");

        // timestamptz holds an instant; Npgsql refuses an offset other than zero rather than guess.
        configurationBuilder.Properties<DateTimeOffset>().HaveConversion<UtcInstant>();
    }

    private sealed class UtcInstant() : ValueConverter<DateTimeOffset, DateTimeOffset>(v => v.ToUniversalTime(), v => v);
}
