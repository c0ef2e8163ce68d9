using Microsoft.EntityFrameworkCore;
using PartyOrg.Domain.Data;
using PartyOrg.Domain.Divisions;
using PartyOrg.Domain.Entities;

namespace PartyOrg.Domain.Statistics;

/// <summary>
/// Computes every rollup from the base tables in one pass over each: members are streamed, so
/// memory stays proportional to the number of nodes, not of members.
/// </summary>
internal sealed class RollupCalculator(PartyDbContext db, DateOnly ageAsOf)
{
    private readonly Dictionary<string, DivisionRollup> _divisions = new(StringComparer.Ordinal);
    private readonly Dictionary<long, BranchRollup> _branches = [];
    private readonly Dictionary<(string Code, int Year), RectificationRollup> _rectifications = [];

    public async Task<ComputedRollups> ComputeAsync(CancellationToken cancellationToken)
    {
        foreach (var code in await DivisionCodesAsync(cancellationToken))
        {
            _divisions[code] = new DivisionRollup { Code = code };
        }

        await new VillageFactsTally(db, _divisions).AddAsync(cancellationToken);
        await AddBranchesAsync(cancellationToken);
        await AddRectificationsAsync(cancellationToken);
        await AddMembersAsync(cancellationToken);
        var services = new ServiceTally(db, _divisions, _branches);
        await services.AddAsync(cancellationToken);
        return new ComputedRollups([.. _divisions.Values], [.. _branches.Values], [.. _rectifications.Values], services.ResponseTimes, services.BranchResponseTimes);
    }

    private async Task<List<string>> DivisionCodesAsync(CancellationToken cancellationToken) =>
    [
        .. await db.Regions.Select(r => r.Code).ToListAsync(cancellationToken),
        .. await db.Leagues.Select(l => l.Code).ToListAsync(cancellationToken),
        .. await db.Banners.Select(b => b.Code).ToListAsync(cancellationToken),
        .. await db.Townships.Select(t => t.Code).ToListAsync(cancellationToken),
        .. await db.Villages.Select(v => v.Code).ToListAsync(cancellationToken),
    ];

    private async Task AddBranchesAsync(CancellationToken cancellationToken)
    {
        await foreach (var branch in db.Branches.AsNoTracking().AsAsyncEnumerable().WithCancellation(cancellationToken))
        {
            _branches[branch.Id] = new BranchRollup { BranchId = branch.Id };
            foreach (var code in DivisionLevels.AncestryOfVillage(branch.VillageCode))
            {
                BranchBuckets.Apply(_divisions[code], branch, 1);
            }
        }
    }

    private async Task AddRectificationsAsync(CancellationToken cancellationToken)
    {
        var completed = db.Rectifications.AsNoTracking().Where(r => r.RectifiedYear != null).AsAsyncEnumerable();
        await foreach (var rectification in completed.WithCancellation(cancellationToken))
        {
            foreach (var code in DivisionLevels.AncestryOfVillage(rectification.VillageCode))
            {
                var key = (code, rectification.ListedYear);
                if (!_rectifications.TryGetValue(key, out var row))
                {
                    _rectifications[key] = row = new RectificationRollup { Code = code, ListedYear = rectification.ListedYear };
                }

                row.Completed++;
            }
        }
    }

    private async Task AddMembersAsync(CancellationToken cancellationToken)
    {
        await foreach (var member in db.Members.AsNoTracking().AsAsyncEnumerable().WithCancellation(cancellationToken))
        {
            MemberBuckets.Apply(_branches[member.BranchId], member, ageAsOf, 1);
            foreach (var code in DivisionLevels.AncestryOfVillage(member.VillageCode))
            {
                MemberBuckets.Apply(_divisions[code], member, ageAsOf, 1);
            }

            if (member.RegisteredCommunityCode is { } community)
            {
                foreach (var code in DivisionLevels.AncestryOfVillage(community))
                {
                    _divisions[code].RegisteredHere++;
                }
            }
        }
    }
}

/// <summary>Every rollup row, ready to be written.</summary>
internal sealed record ComputedRollups(
    IReadOnlyList<DivisionRollup> Divisions,
    IReadOnlyList<BranchRollup> Branches,
    IReadOnlyList<RectificationRollup> Rectifications,
    IReadOnlyList<ResponseTimeRollup> ResponseTimes,
    IReadOnlyList<BranchResponseTimeRollup> BranchResponseTimes);
