using Microsoft.EntityFrameworkCore;
using PartyOrg.Domain.Data;
using PartyOrg.Domain.Entities;
using PartyOrg.Domain.Tests.Generation;

namespace PartyOrg.Domain.Tests.Data;

public sealed class DatabaseReadinessTests
{
    [Fact]
    public async Task A_database_without_a_file_is_unreachable()
    {
        var missing = new DbContextOptionsBuilder<PartyDbContext>()
            .UseSqlite($"Data Source={Path.Combine(Path.GetTempPath(), "no-such-folder-" + Guid.NewGuid().ToString("N"), "party.db")};Pooling=False").Options;

        var state = await new DatabaseReadiness(new Contexts(missing)).CheckAsync(CancellationToken.None);

        Assert.Equal(new DatabaseState(Reachable: false, Current: false, Seeded: false, "The database cannot be reached (SqliteException)."), state);
        Assert.False(state.Ready);
    }

    [Fact]
    public async Task An_empty_file_has_no_schema_of_this_version()
    {
        using var database = new SeededDatabase();

        var state = await new DatabaseReadiness(database).CheckAsync(CancellationToken.None);

        Assert.Equal(new DatabaseState(Reachable: true, Current: false, Seeded: false, "The database schema is not this version's."), state);
    }

    [Fact]
    public async Task A_schema_without_its_seed_is_not_ready_until_the_seed_row_is_written()
    {
        using var database = new SeededDatabase();
        await using (var context = database.CreateDbContext())
        {
            await context.Database.EnsureCreatedAsync();
        }

        var before = await new DatabaseReadiness(database).CheckAsync(CancellationToken.None);
        await using (var context = database.CreateDbContext())
        {
            context.SeedInfo.Add(new SeedInfo { Id = 1, Seed = 1, Scale = "demo", AsOf = SeededDatabase.AsOf, GeneratedAt = DateTimeOffset.UnixEpoch });
            await context.SaveChangesAsync();
        }

        var after = await new DatabaseReadiness(database).CheckAsync(CancellationToken.None);

        Assert.Equal(new DatabaseState(Reachable: true, Current: true, Seeded: false, "The database has not been seeded yet."), before);
        Assert.Equal(new DatabaseState(Reachable: true, Current: true, Seeded: true, null), after);
        Assert.True(after.Ready);
    }

    private sealed class Contexts(DbContextOptions<PartyDbContext> options) : IDbContextFactory<PartyDbContext>
    {
        public PartyDbContext CreateDbContext() => new(options);
    }
}
