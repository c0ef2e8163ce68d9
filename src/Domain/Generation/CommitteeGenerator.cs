using PartyOrg.Domain.Entities;

namespace PartyOrg.Domain.Generation;

/// <summary>
/// The two committees of every village: 85,000 members, 34,000 of them from the talent pools, a
/// college-educated member in each, and the secretary also chairing in 99% of villages.
/// </summary>
internal sealed class CommitteeGenerator(IReadOnlyList<Place> places, int seed)
{
    private const int MinimumSize = 3;

    public async Task WriteAsync(ISeedSink sink, CancellationToken cancellationToken)
    {
        var random = new SeededRandom(seed, "committees");
        var sizes = Allocation.Apportion(Calibration.CommitteeMembers - ((long)MinimumSize * places.Count),
            [.. places.Select(p => (p.IsCommunity ? 4.0 : p.Village.Kind == VillageKind.Other ? 1.5 : 2.8) * (0.6 + (0.8 * random.NextDouble())))]);
        var fromTalentPools = Allocation.ChooseUniform(random, Calibration.CommitteeFromTalentPools, Calibration.CommitteeMembers);
        var oneShoulderVillages = (int)Math.Round(places.Count * Calibration.OneShoulderShare, MidpointRounding.AwayFromZero);
        var oneShoulder = Allocation.ChooseUniform(random, oneShoulderVillages, places.Count);

        long id = 0;
        foreach (var place in places)
        {
            var size = MinimumSize + sizes[place.Index];
            var educations = new Education[size];
            var sources = new CommitteeSource[size];
            for (var k = 0; k < size; k++)
            {
                sources[k] = fromTalentPools[id + k] ? TalentPool(random) : CommitteeSource.Other;
                educations[k] = sources[k] == CommitteeSource.Graduate ? Education.Bachelor : CommitteeEducation(random, place);
            }

            if (!educations.Any(IsCollege))
            {
                // Every committee has at least one college-educated member: the secretary if nobody else.
                educations[0] = random.Chance(0.6) ? Education.Associate : Education.Bachelor;
            }

            var partySize = Math.Max(MinimumSize - 1, (size + 1) / 2);
            for (var k = 0; k < size; k++)
            {
                var chair = oneShoulder[place.Index] ? k == 0 : k == 1;
                var gender = random.Chance(0.3) ? Gender.Female : Gender.Male;
                await sink.AddAsync(new CommitteeMember
                {
                    Id = ++id,
                    VillageCode = place.Village.Code,
                    Name = Names.Person(random, gender, random.Chance(place.IsPastoral ? 0.45 : 0.12) ? Ethnicity.Mongol : Ethnicity.Han),
                    Gender = gender,
                    Education = educations[k],
                    Source = sources[k],
                    OnPartyCommittee = k < partySize,
                    OnResidentsCommittee = chair || k >= partySize - 1,
                    IsPartySecretary = k == 0,
                    IsChair = chair,
                }, cancellationToken);
            }
        }

        await sink.FlushAsync(cancellationToken);
    }

    private static bool IsCollege(Education education) => education >= Education.Associate;

    private static CommitteeSource TalentPool(SeededRandom random) => random.NextDouble() switch
    {
        < 0.36 => CommitteeSource.Entrepreneur,
        < 0.62 => CommitteeSource.Returnee,
        < 0.82 => CommitteeSource.Graduate,
        _ => CommitteeSource.Veteran,
    };

    private static Education CommitteeEducation(SeededRandom random, Place place)
    {
        var college = place.IsCommunity ? 0.7 : 0.3;
        var roll = random.NextDouble();
        return roll < college * 0.6 ? Education.Associate
            : roll < college ? Education.Bachelor
            : roll < college + ((1 - college) * 0.6) ? Education.SeniorSecondary
            : Education.JuniorSecondary;
    }
}
