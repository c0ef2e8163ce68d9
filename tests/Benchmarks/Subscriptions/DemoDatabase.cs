using System.Diagnostics;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using PartyOrg.Domain.Data;
using PartyOrg.Domain.Generation;

namespace PartyOrg.Benchmarks.Subscriptions;

/// <summary>A demo-scale SQLite file seeded into a temporary folder (the suite writes to it), deleted on dispose.</summary>
public sealed class DemoDatabase : IDisposable
{
    private readonly string _folder;

    private DemoDatabase(string folder, TimeSpan seeding)
    {
        _folder = folder;
        Seeding = seeding;
    }

    public string FilePath => Path.Combine(_folder, "party.db");

    public TimeSpan Seeding { get; }

    public string ConnectionString => new SqliteConnectionStringBuilder { DataSource = FilePath, Pooling = false }.ToString();

    public static async Task<DemoDatabase> CreateAsync(CancellationToken cancellationToken)
    {
        var folder = Path.Combine(Path.GetTempPath(), "party-subscriptions-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        var stopwatch = Stopwatch.StartNew();
        var file = Path.Combine(folder, "party.db");
        var options = new DbContextOptionsBuilder<PartyDbContext>()
            .UseSqlite(new SqliteConnectionStringBuilder { DataSource = file, Pooling = true }.ToString()).Options;
        await new DatabaseSeeder(new PooledDbContextFactory<PartyDbContext>(options))
            .SeedAsync(SeedScale.Demo, SeedOptions.DefaultSeed, SeedOptions.DefaultAsOf, cancellationToken);
        SqliteConnection.ClearAllPools();
        return new DemoDatabase(folder, stopwatch.Elapsed);
    }

    /// <summary>The divisions and branches the scenarios use: leagues, banners, and branches with members (one per village).</summary>
    public async Task<Catalogue> ReadCatalogueAsync(CancellationToken cancellationToken)
    {
        var options = new DbContextOptionsBuilder<PartyDbContext>().UseSqlite(ConnectionString).Options;
        await using var db = new PartyDbContext(options);
        return await Catalogue.ReadAsync(db, cancellationToken);
    }

    /// <summary>The log head: the position of the newest event.</summary>
    public async Task<long> HeadAsync(CancellationToken cancellationToken)
    {
        await using var db = new PartyDbContext(new DbContextOptionsBuilder<PartyDbContext>().UseSqlite(ConnectionString).Options);
        return await db.ChangeEvents.MaxAsync(e => (long?)e.Position, cancellationToken) ?? 0;
    }

    /// <summary>The village of every event after <paramref name="position"/>, as the log holds them: what subscribers must get.</summary>
    public async Task<List<string>> VillagesAfterAsync(long position, CancellationToken cancellationToken)
    {
        await using var db = new PartyDbContext(new DbContextOptionsBuilder<PartyDbContext>().UseSqlite(ConnectionString).Options);
        return await db.ChangeEvents.Where(e => e.Position > position).OrderBy(e => e.Position).Select(e => e.VillageCode).ToListAsync(cancellationToken);
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(_folder, recursive: true);
        }
        catch (IOException)
        {
            // A handle still held: the OS temp cleaner takes the folder.
        }
    }
}

public sealed record TargetBranch(long Id, string VillageCode)
{
    public string LeagueCode => VillageCode[..4] + "00";

    public string BannerCode => VillageCode[..6];
}

public sealed record Catalogue(string Region, IReadOnlyList<string> Leagues, IReadOnlyList<string> Banners, IReadOnlyList<TargetBranch> Branches)
{
    /// <summary>The divisions and branches the scenarios use: leagues, banners, and branches with members.</summary>
    public static async Task<Catalogue> ReadAsync(PartyDbContext db, CancellationToken cancellationToken)
    {
        var leagues = await db.Leagues.AsNoTracking().OrderBy(l => l.Code).Select(l => l.Code).ToListAsync(cancellationToken);
        var banners = await db.Banners.AsNoTracking().OrderBy(b => b.Code).Select(b => b.Code).ToListAsync(cancellationToken);
        var branches = await db.Branches.AsNoTracking()
            .Where(b => db.Members.Any(m => m.BranchId == b.Id))
            .OrderBy(b => b.Id)
            .Select(b => new TargetBranch(b.Id, b.VillageCode))
            .ToListAsync(cancellationToken);
        var region = await db.Regions.AsNoTracking().Select(r => r.Code).SingleAsync(cancellationToken);
        return new Catalogue(region, leagues, banners, branches);
    }
}
