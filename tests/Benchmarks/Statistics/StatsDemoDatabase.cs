using System.Diagnostics;
using System.Globalization;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using PartyOrg.Benchmarks.Hosting;
using PartyOrg.Benchmarks.Measuring;
using PartyOrg.Benchmarks.Reporting;
using PartyOrg.Benchmarks.Setup;
using PartyOrg.Domain.Data;
using PartyOrg.Domain.Generation;
using PartyOrg.Domain.Statistics;

namespace PartyOrg.Benchmarks.Statistics;

/// <summary>A demo-scale database seeded like the full one, in a temporary folder deleted afterwards.</summary>
public sealed class DemoDatabase : IDisposable
{
    private readonly string _folder;

    private DemoDatabase(string folder, string origin)
    {
        _folder = folder;
        Origin = origin;
    }

    public string FilePath => Path.Combine(_folder, "party.db");

    public string Origin { get; }

    public static async Task<DemoDatabase> CreateAsync(TextWriter log, CancellationToken cancellationToken)
    {
        var folder = Path.Combine(Path.GetTempPath(), "party-benchmarks-demo-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        var file = Path.Combine(folder, "party.db");
        log.WriteLine($"Seeding a demo-scale database into {file} …");
        var stopwatch = Stopwatch.StartNew();
        var connectionString = new SqliteConnectionStringBuilder { DataSource = file, Pooling = true }.ToString();
        var contexts = new PooledDbContextFactory<PartyDbContext>(new DbContextOptionsBuilder<PartyDbContext>().UseSqlite(connectionString).Options);
        await new DatabaseSeeder(contexts).SeedAsync(SeedScale.Demo, SeedOptions.DefaultSeed, SeedOptions.DefaultAsOf, cancellationToken);
        SqliteConnection.ClearAllPools();
        return new DemoDatabase(folder, $"generated {file} in {stopwatch.Elapsed.TotalSeconds:F1} s (demo, seed {SeedOptions.DefaultSeed}, as of {SeedOptions.DefaultAsOf:yyyy-MM-dd})");
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
            // A handle still held by a finaliser: the OS temp cleaner takes the folder.
        }
    }
}
