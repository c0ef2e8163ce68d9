using GraphQL.Types;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PartyOrg.Api.Tests.Support;
using PartyOrg.Domain.Security;

namespace PartyOrg.Api.Tests.Security.Access;

/// <summary>
/// The host of the live matrix: lifted limits, keys of every role scoped to the region, a change of every kind in
/// the log, and the demo rows the reach table names.
/// </summary>
public sealed class MatrixApi : ApiFactory
{
    private readonly Lazy<Task<MatrixSamples>> _samples;
    private readonly Lazy<string> _secondPartner;

    public MatrixApi()
    {
        _samples = new(PrepareAsync);
        _secondPartner = new(() => Services.GetRequiredService<ApiKeys>()
            .CreateAsync("second partner", Role.Partner, MatrixReach.Region, null, CancellationToken.None).GetAwaiter().GetResult().Text);
    }

    protected override bool DefaultLimits => false;

    protected override IEnumerable<KeyValuePair<string, string>> Settings =>
        [new("Changes:PollSeconds", "0.5"), new("Changes:StatisticsCoalesceMilliseconds", "200")];

    /// <summary>The host's own schema, initialised.</summary>
    public ISchema Schema
    {
        get
        {
            var schema = Services.GetRequiredService<ISchema>();
            schema.Initialize();
            return schema;
        }
    }

    /// <summary>Another partner key on the region: its pseudonyms differ from the first one's.</summary>
    public string SecondPartnerKey => _secondPartner.Value;

    /// <summary>The key of a role on the region; null for anonymous.</summary>
    public string? KeyOf(Role role) => role == Role.Anonymous ? null : Key(role, MatrixReach.Region);

    public Task<MatrixSamples> SamplesAsync() => _samples.Value;

    private async Task<MatrixSamples> PrepareAsync()
    {
        await new DemoChanges(this).MakeOneOfEachKindAsync();
        await using var db = OpenDatabase();
        var committee = await db.CommitteeMembers.OrderBy(c => c.Id).Select(c => c.VillageCode).FirstAsync();
        var firstSecretary = await db.FirstSecretaries.Where(f => f.EndedOn == null).OrderBy(f => f.Id).Select(f => f.VillageCode).FirstAsync();
        var workTeam = await db.WorkTeams.Where(w => w.EndedOn == null && db.ResidentCadres.Any(r => r.WorkTeamId == w.Id)).OrderBy(w => w.Id).Select(w => w.VillageCode).FirstAsync();
        var grid = await db.Grids.Where(g => db.GridWorkers.Any(w => w.GridId == g.Id)).OrderBy(g => g.Id).Select(g => g.VillageCode).FirstAsync();
        var meetings = await db.Meetings.OrderBy(m => m.Id).Select(m => m.BranchId).FirstAsync();
        var rated = await db.Branches.OrderBy(b => b.Id).Select(b => b.Id).FirstAsync();
        return new MatrixSamples(committee, firstSecretary, workTeam, grid, meetings, rated);
    }
}
