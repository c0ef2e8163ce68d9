using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Migrations;
using PartyOrg.Domain.Data;

namespace PartyOrg.Domain.Tests.Data;

/// <summary>
/// The PostgreSQL migrations, checked without a server: they cover the model, they are PostgreSQL's own
/// (not SQL Server's), and the script compares text byte by byte like SQLite does.
/// </summary>
public sealed class PostgresMigrationTests
{
    [Fact]
    public void Migrations_are_up_to_date_with_the_postgres_model()
    {
        using var context = NewPostgresContext();

        Assert.False(
            context.Database.HasPendingModelChanges(),
            "The PostgreSQL model has changes no migration covers: add one (see docs/migrations.md).");
    }

    [Fact]
    public void Each_provider_finds_only_its_own_migrations()
    {
        using var postgres = NewPostgresContext();
        using var sqlServer = new PartyDbContext(new DbContextOptionsBuilder<PartyDbContext>()
            .UseSqlServer("Server=unused;Database=party;Integrated Security=true").Options);

        var postgresTypes = postgres.GetService<IMigrationsAssembly>().Migrations.Values.Select(t => t.Namespace).Distinct().ToList();
        var sqlServerTypes = sqlServer.GetService<IMigrationsAssembly>().Migrations.Values.Select(t => t.Namespace).Distinct().ToList();

        Assert.Equal(["PartyOrg.Domain.Data.PostgresMigrations"], postgresTypes);
        Assert.Equal(["PartyOrg.Domain.Data.Migrations"], sqlServerTypes);
    }

    [Fact]
    public void Migration_script_creates_every_model_table()
    {
        using var context = NewPostgresContext();
        var script = context.GetService<IMigrator>().GenerateScript();

        var missing = context.Model.GetEntityTypes().Select(e => e.GetTableName()!).Distinct(StringComparer.Ordinal)
            .Where(table => !script.Contains($"CREATE TABLE \"{table}\" (", StringComparison.Ordinal))
            .ToList();

        Assert.Empty(missing);
    }

    [Fact]
    public void Every_text_column_compares_in_byte_order()
    {
        using var context = NewPostgresContext();
        var model = context.GetService<IDesignTimeModel>().Model;

        var unordered = model.GetEntityTypes().SelectMany(e => e.GetProperties())
            .Where(p => p.ClrType == typeof(string) && p.GetCollation() != "C")
            .Select(p => $"{p.DeclaringType.DisplayName()}.{p.Name}")
            .ToList();

        Assert.Empty(unordered);
    }

    [Fact]
    public void Instants_are_stored_as_timestamptz_and_written_in_utc()
    {
        using var context = NewPostgresContext();
        var property = context.Model.FindEntityType(typeof(Security.ApiKey))!.FindProperty(nameof(Security.ApiKey.ExpiresAt))!;
        var converter = property.GetValueConverter()!;

        var written = (DateTimeOffset)converter.ConvertToProvider(new DateTimeOffset(2027, 6, 30, 8, 0, 0, TimeSpan.FromHours(8)))!;

        Assert.Equal("timestamp with time zone", property.GetColumnType());
        Assert.Equal(new DateTimeOffset(2027, 6, 30, 0, 0, 0, TimeSpan.Zero), written);
        Assert.Equal(TimeSpan.Zero, written.Offset);
    }

    private static PostgresPartyDbContext NewPostgresContext() =>
        new(new DbContextOptionsBuilder<PostgresPartyDbContext>()
            .UseNpgsql("Host=unused;Database=party")
            .Options);
}
