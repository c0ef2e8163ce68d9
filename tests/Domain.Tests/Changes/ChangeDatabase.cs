using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using PartyOrg.Domain.Changes;
using PartyOrg.Domain.Changes.Branches;
using PartyOrg.Domain.Changes.Members;
using PartyOrg.Domain.Changes.PublicService;
using PartyOrg.Domain.Changes.Villages;
using PartyOrg.Domain.Data;
using PartyOrg.Domain.Divisions;
using PartyOrg.Domain.Generation;
using PartyOrg.Domain.Tests.Generation;

namespace PartyOrg.Domain.Tests.Changes;

/// <summary>
/// A demo database of its own for one test class, since these tests write, with the changes wired
/// to it and a clock fixed at the data's date. The demo data is generated once per run and copied.
/// </summary>
public sealed class ChangeDatabase : IDisposable
{
    private static readonly Lazy<SeededDatabase> Template = new(() =>
    {
        var template = SeededDatabase.Generate(SeedScale.Demo, SeedOptions.DefaultSeed);
        AppDomain.CurrentDomain.ProcessExit += (_, _) => template.Dispose();
        return template;
    });

    public ChangeDatabase()
    {
        Database = new SeededDatabase();
        File.Copy(FileOf(Template.Value), FileOf(Database));
        Runner = new ChangeRunner(Database, []);
        Members = new MemberChanges(Runner, Clock);
        MemberUpdates = new MemberUpdates(Runner);
        Branches = new BranchChanges(Runner, Clock);
        Ratings = new BranchRatings(Runner, Clock);
        Assignments = new VillageAssignments(Runner, Clock);
        Facts = new VillageFactChanges(Runner);
        Suggestions = new SuggestionChanges(Runner, new DivisionDirectory(Database), Clock);
        Matters = new PracticalMatterChanges(Runner, Clock);
        Projects = new ServiceProjectChanges(Runner, Clock);
    }

    /// <summary>Noon (UTC) on the date the demo data describes.</summary>
    public static DateOnly Today => SeededDatabase.AsOf;

    public static TimeProvider Clock { get; } = new FixedClock(new DateTimeOffset(Today, new TimeOnly(12, 0), TimeSpan.Zero));

    public SeededDatabase Database { get; }

    /// <summary>The runner the changes below share, for tests that run a change of their own.</summary>
    public ChangeRunner Runner { get; }

    public MemberChanges Members { get; }

    public MemberUpdates MemberUpdates { get; }

    public BranchChanges Branches { get; }

    public BranchRatings Ratings { get; }

    public VillageAssignments Assignments { get; }

    public VillageFactChanges Facts { get; }

    public SuggestionChanges Suggestions { get; }

    public PracticalMatterChanges Matters { get; }

    public ServiceProjectChanges Projects { get; }

    /// <summary>A context to read the database with; dispose it.</summary>
    public PartyDbContext Read() => Database.CreateDbContext();

    /// <summary>The first row of a query over a fresh context, for picking the rows a test changes.</summary>
    public async Task<T> FirstAsync<T>(Func<PartyDbContext, IQueryable<T>> query)
    {
        await using var db = Read();
        return await query(db).FirstAsync();
    }

    public void Dispose() => Database.Dispose();

    private static string FileOf(SeededDatabase database) => new SqliteConnectionStringBuilder(database.ConnectionString).DataSource;

    private sealed class FixedClock(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;
    }
}
