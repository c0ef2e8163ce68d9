using PartyOrg.Domain.Entities;

namespace PartyOrg.Domain.Generation;

/// <summary>
/// Volunteer service projects ("我是共产党员·我帮你"): in-service members registered with a community claim one of its
/// projects — more than 4,000 in Hinggan League at full scale, the same rate per registered member elsewhere — and
/// communities offer some more that nobody has claimed yet.
/// </summary>
internal sealed class ServiceProjectGenerator(IReadOnlyList<GeneratedBranch> branches, int seed, DateOnly asOf)
{
    public async Task WriteAsync(ISeedSink sink, string?[] registered, CancellationToken cancellationToken)
    {
        var random = new SeededRandom(seed, "service-projects");
        var scale = branches.Count / (double)Calibration.FullBranches;
        var byLeague = new SortedDictionary<string, List<(long Member, long Branch, string Community)>>(StringComparer.Ordinal);
        var index = 0;
        foreach (var generated in branches)
        {
            for (var k = 0; k < generated.Size; k++, index++)
            {
                if (registered[index] is { } community)
                {
                    var league = generated.Plan.Place.League.Code;
                    if (!byLeague.TryGetValue(league, out var list))
                    {
                        byLeague[league] = list = [];
                    }

                    list.Add((index + 1, generated.Branch.Id, community));
                }
            }
        }

        long id = 0;
        foreach (var (league, members) in byLeague)
        {
            var target = league == Calibration.HingganLeague
                ? (int)Math.Round(Calibration.HingganProjectsClaimed * scale)
                : (int)Math.Round(Calibration.OtherLeaguesClaimsPerRegisteredMember * members.Count);
            var chosen = Allocation.ChooseUniform(random, Math.Min(target, members.Count), members.Count);
            for (var i = 0; i < members.Count; i++)
            {
                if (chosen[i])
                {
                    var (member, branch, community) = members[i];
                    var project = Project(random, ++id, community);
                    project.ClaimedByMemberId = member;
                    project.ClaimantBranchId = branch;
                    project.ClaimedOn = project.PostedOn.AddDays(random.Between(0, 20));
                    await sink.AddAsync(project, cancellationToken);
                }
            }

            for (var k = (int)Math.Round(target * Calibration.UnclaimedProjectShare); k > 0; k--)
            {
                await sink.AddAsync(Project(random, ++id, random.Pick(members).Community), cancellationToken);
            }
        }

        await sink.FlushAsync(cancellationToken);
    }

    private ServiceProject Project(SeededRandom random, long id, string community)
    {
        var category = random.Pick(PublicServiceTexts.Categories);
        return new ServiceProject
        {
            Id = id,
            CommunityCode = community,
            Title = PublicServiceTexts.Project(category),
            Category = category,
            PostedOn = asOf.AddDays(-random.Between(20, 400)),
        };
    }
}
