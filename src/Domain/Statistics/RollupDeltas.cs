using Microsoft.EntityFrameworkCore;
using PartyOrg.Domain.Data;
using PartyOrg.Domain.Divisions;
using PartyOrg.Domain.Entities;

namespace PartyOrg.Domain.Statistics;

/// <summary>
/// Moves the rollups of every node a change touches, in the change's own context and transaction,
/// with the same bucket rules the full recompute uses — so the two always agree.
/// </summary>
public sealed class RollupDeltas(PartyDbContext db)
{
    private DateOnly? _ageAsOf;

    public async Task MemberAsync(Member member, int delta, CancellationToken cancellationToken)
    {
        var asOf = await AgeAsOfAsync(cancellationToken);
        MemberBuckets.Apply(await BranchAsync(member.BranchId, cancellationToken), member, asOf, delta);
        foreach (var code in DivisionLevels.AncestryOfVillage(member.VillageCode))
        {
            MemberBuckets.Apply(await DivisionAsync(code, cancellationToken), member, asOf, delta);
        }

        if (member.RegisteredCommunityCode is { } community)
        {
            foreach (var code in DivisionLevels.AncestryOfVillage(community))
            {
                (await DivisionAsync(code, cancellationToken)).RegisteredHere += delta;
            }
        }
    }

    public async Task BranchAsync(Branch branch, int delta, CancellationToken cancellationToken)
    {
        foreach (var code in DivisionLevels.AncestryOfVillage(branch.VillageCode))
        {
            BranchBuckets.Apply(await DivisionAsync(code, cancellationToken), branch, delta);
        }
    }

    public async Task CompletedRectificationAsync(string villageCode, int listedYear, int delta, CancellationToken cancellationToken)
    {
        foreach (var code in DivisionLevels.AncestryOfVillage(villageCode))
        {
            var row = await db.RectificationRollups.FindAsync([code, listedYear], cancellationToken);
            if (row is null)
            {
                row = new RectificationRollup { Code = code, ListedYear = listedYear };
                db.RectificationRollups.Add(row);
            }

            row.Completed += delta;
        }
    }

    public async Task VillageFactsAsync(VillageFacts facts, int delta, CancellationToken cancellationToken)
    {
        foreach (var code in DivisionLevels.AncestryOfVillage(facts.Village.Code))
        {
            VillageBuckets.Apply(await DivisionAsync(code, cancellationToken), facts, delta);
        }
    }

    /// <summary>A suggestion as it now stands counts once more (+1) or no longer (-1), its reply time with it.</summary>
    public async Task SuggestionAsync(Suggestion suggestion, int delta, CancellationToken cancellationToken)
    {
        var days = ServiceBuckets.ResponseDays(suggestion);
        foreach (var code in ServiceBuckets.Ancestry(suggestion))
        {
            ServiceBuckets.Apply(await DivisionAsync(code, cancellationToken), suggestion, delta);
            if (days is { } d)
            {
                var row = await db.ResponseTimeRollups.FindAsync([code, d], cancellationToken);
                if (row is null)
                {
                    db.ResponseTimeRollups.Add(row = new ResponseTimeRollup { Code = code, Days = d });
                }

                row.Count += delta;
            }
        }

        if (suggestion.CollectedByBranchId is { } branch)
        {
            ServiceBuckets.Apply(await BranchAsync(branch, cancellationToken), suggestion, delta);
            if (days is { } d)
            {
                var row = await db.BranchResponseTimeRollups.FindAsync([branch, d], cancellationToken);
                if (row is null)
                {
                    db.BranchResponseTimeRollups.Add(row = new BranchResponseTimeRollup { BranchId = branch, Days = d });
                }

                row.Count += delta;
            }
        }
    }

    public async Task PracticalMatterAsync(PracticalMatter matter, int delta, CancellationToken cancellationToken)
    {
        ServiceBuckets.Apply(await BranchAsync(matter.BranchId, cancellationToken), matter, delta);
        foreach (var code in DivisionLevels.AncestryOfVillage(matter.VillageCode))
        {
            ServiceBuckets.Apply(await DivisionAsync(code, cancellationToken), matter, delta);
        }
    }

    public async Task ServiceProjectAsync(ServiceProject project, int delta, CancellationToken cancellationToken)
    {
        if (project.ClaimantBranchId is { } claimant)
        {
            ServiceBuckets.Apply(await BranchAsync(claimant, cancellationToken), project, delta, offered: false);
        }

        foreach (var code in DivisionLevels.AncestryOfVillage(project.CommunityCode))
        {
            ServiceBuckets.Apply(await DivisionAsync(code, cancellationToken), project, delta, offered: true);
        }
    }

    private async Task<DivisionRollup> DivisionAsync(string code, CancellationToken cancellationToken) =>
        await db.DivisionRollups.FindAsync([code], cancellationToken)
            ?? throw new InvalidOperationException($"The statistics have no row for division {code}; recompute them.");

    private async Task<BranchRollup> BranchAsync(long branchId, CancellationToken cancellationToken)
    {
        var row = await db.BranchRollups.FindAsync([branchId], cancellationToken);
        if (row is null)
        {
            row = new BranchRollup { BranchId = branchId };
            db.BranchRollups.Add(row);
        }

        return row;
    }

    private async Task<DateOnly> AgeAsOfAsync(CancellationToken cancellationToken) =>
        _ageAsOf ??= await db.StatisticsInfo.Select(s => (DateOnly?)s.AgeAsOf).SingleOrDefaultAsync(cancellationToken)
            ?? throw new InvalidOperationException("The statistics have not been computed; run 'stats recompute'.");
}
