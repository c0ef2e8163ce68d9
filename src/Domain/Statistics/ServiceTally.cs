using Microsoft.EntityFrameworkCore;
using PartyOrg.Domain.Data;
using PartyOrg.Domain.Divisions;
using PartyOrg.Domain.Entities;

namespace PartyOrg.Domain.Statistics;

/// <summary>Adds every suggestion, practical matter and volunteer project to the divisions and branches it counts in.</summary>
internal sealed class ServiceTally(PartyDbContext db, Dictionary<string, DivisionRollup> divisions, Dictionary<long, BranchRollup> branches)
{
    private readonly Dictionary<(string Code, int Days), ResponseTimeRollup> _divisionTimes = [];
    private readonly Dictionary<(long BranchId, int Days), BranchResponseTimeRollup> _branchTimes = [];

    public IReadOnlyList<ResponseTimeRollup> ResponseTimes => [.. _divisionTimes.Values];

    public IReadOnlyList<BranchResponseTimeRollup> BranchResponseTimes => [.. _branchTimes.Values];

    public async Task AddAsync(CancellationToken cancellationToken)
    {
        await foreach (var suggestion in db.Suggestions.AsNoTracking().AsAsyncEnumerable().WithCancellation(cancellationToken))
        {
            var days = ServiceBuckets.ResponseDays(suggestion);
            foreach (var code in ServiceBuckets.Ancestry(suggestion))
            {
                ServiceBuckets.Apply(divisions[code], suggestion, 1);
                if (days is { } d)
                {
                    Row(_divisionTimes, (code, d), () => new ResponseTimeRollup { Code = code, Days = d }).Count++;
                }
            }

            if (suggestion.CollectedByBranchId is { } branch)
            {
                ServiceBuckets.Apply(branches[branch], suggestion, 1);
                if (days is { } d)
                {
                    Row(_branchTimes, (branch, d), () => new BranchResponseTimeRollup { BranchId = branch, Days = d }).Count++;
                }
            }
        }

        await foreach (var matter in db.PracticalMatters.AsNoTracking().AsAsyncEnumerable().WithCancellation(cancellationToken))
        {
            ServiceBuckets.Apply(branches[matter.BranchId], matter, 1);
            foreach (var code in DivisionLevels.AncestryOfVillage(matter.VillageCode))
            {
                ServiceBuckets.Apply(divisions[code], matter, 1);
            }
        }

        await foreach (var project in db.ServiceProjects.AsNoTracking().AsAsyncEnumerable().WithCancellation(cancellationToken))
        {
            if (project.ClaimantBranchId is { } claimant)
            {
                ServiceBuckets.Apply(branches[claimant], project, 1, offered: false);
            }

            foreach (var code in DivisionLevels.AncestryOfVillage(project.CommunityCode))
            {
                ServiceBuckets.Apply(divisions[code], project, 1, offered: true);
            }
        }
    }

    private static T Row<TKey, T>(Dictionary<TKey, T> rows, TKey key, Func<T> create)
        where TKey : notnull
    {
        if (!rows.TryGetValue(key, out var row))
        {
            rows[key] = row = create();
        }

        return row;
    }
}
