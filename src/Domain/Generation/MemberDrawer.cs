using PartyOrg.Domain.Entities;
using PartyOrg.Domain.Statistics;

namespace PartyOrg.Domain.Generation;

/// <summary>Draws one member's attributes given their branch and occupation.</summary>
internal sealed class MemberDrawer(MemberProfiles profiles, SeededRandom random, DateOnly asOf)
{
    private const int AdultAge = 18;
    private const int EldestAgeGroup = 10;

    public Member Draw(long id, GeneratedBranch generated, Occupation occupation, string? registeredWith, bool chaharEldest)
    {
        var branch = generated.Branch;
        var place = generated.Plan.Place;
        if (chaharEldest)
        {
            occupation = Occupation.Retiree;
        }

        var ageGroup = chaharEldest ? EldestAgeGroup : random.PickWeighted(profiles.AgeByOccupation[(int)occupation]);
        var (from, to) = NationalShares.AgeGroups[ageGroup];
        var age = chaharEldest ? Calibration.ChaharOldestMemberAge : random.Between(from, to);
        var birthDate = asOf.AddYears(-age).AddDays(-random.Between(0, 364));
        var period = chaharEldest ? 1 : random.PickWeighted(profiles.JoinPeriodByAge[ageGroup]);
        var joinedOn = JoinDate(birthDate, period);
        var gender = (Gender)random.PickWeighted(profiles.GenderBySector[(int)branch.Sector]);
        var pastoral = place.IsPastoral && branch.Sector == BranchSector.Rural;
        var ethnicity = (Ethnicity)random.PickWeighted(profiles.EthnicityAt(place.League.Code, pastoral));
        return new Member
        {
            Id = id,
            BranchId = branch.Id,
            VillageCode = branch.VillageCode,
            Name = Names.Person(random, gender, ethnicity),
            Gender = gender,
            Ethnicity = ethnicity,
            BirthDate = birthDate,
            JoinedOn = joinedOn,
            Status = joinedOn > asOf.AddYears(-1) ? MemberStatus.Probationary : MemberStatus.Full,
            Education = (Education)random.PickWeighted(profiles.EducationByOccupation[(int)occupation]),
            Occupation = occupation,
            IsRetired = occupation == Occupation.Retiree,
            RegisteredCommunityCode = registeredWith,
        };
    }

    /// <summary>A day in the drawn period on which the member was an adult; a neighbouring period if none.</summary>
    private DateOnly JoinDate(DateOnly birthDate, int period)
    {
        var adult = birthDate.AddYears(AdultAge);
        var order = new[] { period, period + 1, period - 1, period + 2, period + 3 }.Where(p => p is >= 0 and < 4);
        foreach (var p in order)
        {
            var (from, to) = NationalShares.JoinPeriodDates[p];
            var start = from > adult ? from : adult;
            var end = to < asOf ? to : asOf;
            if (start <= end)
            {
                return start.AddDays(random.Next(end.DayNumber - start.DayNumber + 1));
            }
        }

        return adult.AddDays(random.Next(asOf.DayNumber - adult.DayNumber + 1));
    }
}
