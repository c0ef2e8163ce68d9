using Microsoft.EntityFrameworkCore;
using PartyOrg.Domain.Changes;
using PartyOrg.Domain.Entities;
using PartyOrg.Domain.Security;
using PartyOrg.Domain.Statistics;
using PartyOrg.Domain.Statistics.Disclosure;
using PartyOrg.Domain.Webhooks;

namespace PartyOrg.Domain.Data;

/// <summary>
/// The Party-organisation database: divisions, branches, members, village facts and the public services.
/// SQLite and SQL Server use it as it is (the SQL Server migrations are its own); PostgreSQL uses
/// <see cref="PostgresPartyDbContext"/>, so its migrations and model snapshot are separate.
/// </summary>
public class PartyDbContext : DbContext
{
    public PartyDbContext(DbContextOptions<PartyDbContext> options)
        : base(options)
    {
    }

    protected PartyDbContext(DbContextOptions options)
        : base(options)
    {
    }

    public DbSet<Region> Regions => Set<Region>();
    public DbSet<League> Leagues => Set<League>();
    public DbSet<Banner> Banners => Set<Banner>();
    public DbSet<Township> Townships => Set<Township>();
    public DbSet<Village> Villages => Set<Village>();
    public DbSet<Branch> Branches => Set<Branch>();
    public DbSet<Rectification> Rectifications => Set<Rectification>();
    public DbSet<Member> Members => Set<Member>();
    public DbSet<Meeting> Meetings => Set<Meeting>();
    public DbSet<CommitteeMember> CommitteeMembers => Set<CommitteeMember>();
    public DbSet<FirstSecretary> FirstSecretaries => Set<FirstSecretary>();
    public DbSet<WorkTeam> WorkTeams => Set<WorkTeam>();
    public DbSet<ResidentCadre> ResidentCadres => Set<ResidentCadre>();
    public DbSet<Grid> Grids => Set<Grid>();
    public DbSet<GridWorker> GridWorkers => Set<GridWorker>();
    public DbSet<Suggestion> Suggestions => Set<Suggestion>();
    public DbSet<PracticalMatterList> PracticalMatterLists => Set<PracticalMatterList>();
    public DbSet<PracticalMatter> PracticalMatters => Set<PracticalMatter>();
    public DbSet<ServiceProject> ServiceProjects => Set<ServiceProject>();
    public DbSet<OneNetworkService> OneNetworkServices => Set<OneNetworkService>();
    public DbSet<SeedInfo> SeedInfo => Set<SeedInfo>();
    public DbSet<DivisionRollup> DivisionRollups => Set<DivisionRollup>();
    public DbSet<BranchRollup> BranchRollups => Set<BranchRollup>();
    public DbSet<RectificationRollup> RectificationRollups => Set<RectificationRollup>();
    public DbSet<ResponseTimeRollup> ResponseTimeRollups => Set<ResponseTimeRollup>();
    public DbSet<BranchResponseTimeRollup> BranchResponseTimeRollups => Set<BranchResponseTimeRollup>();
    public DbSet<StatisticsInfo> StatisticsInfo => Set<StatisticsInfo>();
    public DbSet<StatisticsRelease> StatisticsReleases => Set<StatisticsRelease>();
    public DbSet<ReleasedDivisionRollup> ReleasedDivisionRollups => Set<ReleasedDivisionRollup>();
    public DbSet<ReleasedBranchRollup> ReleasedBranchRollups => Set<ReleasedBranchRollup>();
    public DbSet<ChangeEvent> ChangeEvents => Set<ChangeEvent>();
    public DbSet<ChangeLogHead> ChangeLogHeads => Set<ChangeLogHead>();
    public DbSet<ApiKey> ApiKeys => Set<ApiKey>();
    public DbSet<Webhook> Webhooks => Set<Webhook>();
    public DbSet<WebhookDelivery> WebhookDeliveries => Set<WebhookDelivery>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(PartyDbContext).Assembly);

        // Nothing in this model is deleted by cascade: a deletion that would orphan rows is refused,
        // and SQL Server rejects the multiple cascade paths the branch–secretary cycle would create.
        foreach (var foreignKey in modelBuilder.Model.GetEntityTypes().SelectMany(e => e.GetForeignKeys()))
        {
            foreignKey.DeleteBehavior = DeleteBehavior.Restrict;
        }
    }
}
