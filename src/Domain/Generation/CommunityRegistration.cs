using PartyOrg.Domain.Entities;

namespace PartyOrg.Domain.Generation;

/// <summary>
/// In-service members registered with a community where they live (在职党员进社区报到): exactly the
/// article's 28,000 in Hinggan League at full scale, a fixed share elsewhere; each with a community
/// of their own banner, or of their league where the banner has none.
/// </summary>
internal sealed class CommunityRegistration(IReadOnlyList<GeneratedBranch> branches, IReadOnlyList<Place> places, int seed)
{
    public string?[] Assign(byte[] occupations)
    {
        var random = new SeededRandom(seed, "registration");
        var eligibleByLeague = new SortedDictionary<string, List<(int Member, Place Place)>>(StringComparer.Ordinal);
        var index = 0;
        foreach (var generated in branches)
        {
            var institutional = generated.Branch.Sector is not (BranchSector.Rural or BranchSector.Community);
            for (var k = 0; k < generated.Size; k++, index++)
            {
                if (institutional && (Occupation)occupations[index] is not (Occupation.Retiree or Occupation.Student or Occupation.FarmerHerder))
                {
                    var league = generated.Plan.Place.League.Code;
                    if (!eligibleByLeague.TryGetValue(league, out var list))
                    {
                        eligibleByLeague[league] = list = [];
                    }

                    list.Add((index, generated.Plan.Place));
                }
            }
        }

        var communities = places.Where(p => p.IsCommunity).ToList();
        var byBanner = communities.GroupBy(p => p.Banner.Code, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.ToArray(), StringComparer.Ordinal);
        var byLeague = communities.GroupBy(p => p.League.Code, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.ToArray(), StringComparer.Ordinal);
        var scale = branches.Count / (double)Calibration.FullBranches;
        var registered = new string?[occupations.Length];
        foreach (var (league, eligible) in eligibleByLeague)
        {
            var target = league == Calibration.HingganLeague
                ? (int)Math.Round(Calibration.HingganInServiceRegistered * scale)
                : (int)Math.Round(Calibration.OtherLeaguesInServiceRegistered * eligible.Count);
            if (target > eligible.Count)
            {
                throw new InvalidOperationException(
                    $"League {league} has {eligible.Count} in-service members, fewer than the {target} to register with communities.");
            }

            var chosen = Allocation.ChooseUniform(random, target, eligible.Count);
            for (var i = 0; i < eligible.Count; i++)
            {
                if (chosen[i])
                {
                    var (member, place) = eligible[i];
                    var candidates = byBanner.GetValueOrDefault(place.Banner.Code) ?? byLeague.GetValueOrDefault(league) ?? [];
                    registered[member] = candidates.Length > 0 ? random.Pick(candidates).Village.Code : null;
                }
            }
        }

        return registered;
    }
}
