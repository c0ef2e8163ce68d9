using PartyOrg.Domain.Entities;
using PartyOrg.Domain.Statistics;

namespace PartyOrg.Domain.Generation;

/// <summary>
/// Members of every branch, drawn from <see cref="MemberProfiles"/>. Occupations are drawn first for
/// everyone, so that exactly the calibrated number of in-service members can be registered with
/// communities before the rows are written in one streaming pass.
/// </summary>
internal sealed class MemberGenerator(IReadOnlyList<GeneratedBranch> branches, IReadOnlyList<Place> places, int seed, DateOnly asOf)
{
    private readonly MemberProfiles _profiles = new(branches);

    /// <summary>Once written: for each member in id order (id = index + 1), the community they are registered with, if any.</summary>
    public string?[] Registered { get; private set; } = [];

    public async Task WriteAsync(ISeedSink sink, CancellationToken cancellationToken)
    {
        var occupations = DrawOccupations();
        var registered = Registered = new CommunityRegistration(branches, places, seed).Assign(occupations);
        var random = new SeededRandom(seed, "members");
        var secretaries = new List<(long BranchId, long MemberId)>(branches.Count);
        var drawer = new MemberDrawer(_profiles, random, asOf);
        long id = 0;
        var index = 0;
        foreach (var generated in branches)
        {
            var branch = generated.Branch;
            var place = generated.Plan.Place;
            var chahar = place.Village.Code == Calibration.ChaharCommunity;
            long? secretary = null;
            for (var k = 0; k < generated.Size; k++, index++)
            {
                var eldest = chahar && generated.Plan.Ordinal == 0 && k == 1;
                var member = drawer.Draw(++id, generated, (Occupation)occupations[index], registered[index], eldest);
                if (chahar && !eldest && Age(member.BirthDate) >= Calibration.ChaharOldestMemberAge)
                {
                    member.BirthDate = asOf.AddYears(-random.Between(70, Calibration.ChaharOldestMemberAge - 1)).AddDays(-random.Between(0, 364));
                    member.JoinedOn = Max(member.JoinedOn, member.BirthDate.AddYears(18));
                }

                if (secretary is null && member.Status == MemberStatus.Full && Age(member.BirthDate) is >= 25 and <= 62)
                {
                    secretary = member.Id;
                }

                await sink.AddAsync(member, cancellationToken);
            }

            secretaries.Add((branch.Id, secretary ?? id - generated.Size + 1));
        }

        await sink.FlushAsync(cancellationToken);
        await sink.SetSecretariesAsync(secretaries, cancellationToken);
    }

    private byte[] DrawOccupations()
    {
        var random = new SeededRandom(seed, "occupations");
        var occupations = new byte[branches.Sum(b => b.Size)];
        var index = 0;
        foreach (var generated in branches)
        {
            var distribution = _profiles.OccupationBySector[(int)generated.Branch.Sector];
            for (var k = 0; k < generated.Size; k++)
            {
                occupations[index++] = (byte)random.PickWeighted(distribution);
            }
        }

        return occupations;
    }

    private int Age(DateOnly birthDate) => MemberBuckets.AgeOn(birthDate, asOf);

    private static DateOnly Max(DateOnly a, DateOnly b) => a > b ? a : b;
}
