using PartyOrg.Domain.Entities;

namespace PartyOrg.Domain.Statistics;

/// <summary>Which counts of a rollup one member adds to: the single place that classifies members.</summary>
public static class MemberBuckets
{
    public static readonly DateOnly Joined1949 = new(1949, 10, 1);
    public static readonly DateOnly Joined1978 = new(1978, 12, 18);
    public static readonly DateOnly Joined2012 = new(2012, 11, 8);

    /// <summary>Adds <paramref name="delta"/> (1 to add the member, -1 to take it away) to each bucket the member falls in.</summary>
    public static void Apply(MemberRollup rollup, Member member, DateOnly ageAsOf, int delta)
    {
        rollup.Members += delta;
        if (member.Status == MemberStatus.Full)
        {
            rollup.Full += delta;
        }
        else
        {
            rollup.Probationary += delta;
        }

        if (member.Gender == Gender.Female)
        {
            rollup.Women += delta;
        }
        else
        {
            rollup.Men += delta;
        }

        rollup.Retired += member.IsRetired ? delta : 0;
        rollup.RegisteredWithCommunity += member.RegisteredCommunityCode is null ? 0 : delta;
        ApplyBackground(rollup, member, delta);
        ApplyDates(rollup, member, ageAsOf, delta);
    }

    public static int AgeOn(DateOnly birthDate, DateOnly date)
    {
        var age = date.Year - birthDate.Year;
        return birthDate > date.AddYears(-age) ? age - 1 : age;
    }

    private static void ApplyBackground(MemberRollup rollup, Member member, int delta)
    {
        _ = member.Ethnicity switch
        {
            Ethnicity.Han => rollup.Han += delta,
            Ethnicity.Mongol => rollup.Mongol += delta,
            Ethnicity.Manchu => rollup.Manchu += delta,
            Ethnicity.Hui => rollup.Hui += delta,
            Ethnicity.Daur => rollup.Daur += delta,
            Ethnicity.Ewenki => rollup.Ewenki += delta,
            Ethnicity.Oroqen => rollup.Oroqen += delta,
            Ethnicity.Korean => rollup.Korean += delta,
            _ => rollup.OtherEthnicity += delta,
        };
        _ = member.Education switch
        {
            Education.Primary => rollup.PrimaryEducation += delta,
            Education.JuniorSecondary => rollup.JuniorSecondary += delta,
            Education.SeniorSecondary => rollup.SeniorSecondary += delta,
            Education.Associate => rollup.Associate += delta,
            Education.Bachelor => rollup.Bachelor += delta,
            _ => rollup.Postgraduate += delta,
        };
        _ = member.Occupation switch
        {
            Occupation.Worker => rollup.Workers += delta,
            Occupation.FarmerHerder => rollup.FarmerHerders += delta,
            Occupation.ProfessionalTechnical => rollup.ProfessionalTechnical += delta,
            Occupation.Manager => rollup.Managers += delta,
            Occupation.PartyGovernmentStaff => rollup.PartyGovernmentStaff += delta,
            Occupation.Student => rollup.Students += delta,
            Occupation.Retiree => rollup.Retirees += delta,
            _ => rollup.OtherOccupation += delta,
        };
    }

    private static void ApplyDates(MemberRollup rollup, Member member, DateOnly ageAsOf, int delta)
    {
        _ = AgeOn(member.BirthDate, ageAsOf) switch
        {
            <= 30 => rollup.Aged30OrUnder += delta,
            <= 35 => rollup.Aged31To35 += delta,
            <= 40 => rollup.Aged36To40 += delta,
            <= 45 => rollup.Aged41To45 += delta,
            <= 50 => rollup.Aged46To50 += delta,
            <= 55 => rollup.Aged51To55 += delta,
            <= 60 => rollup.Aged56To60 += delta,
            _ => rollup.Aged61OrOver += delta,
        };
        _ = member.JoinedOn < Joined1949 ? rollup.JoinedBefore1949 += delta
            : member.JoinedOn < Joined1978 ? rollup.Joined1949To1978 += delta
            : member.JoinedOn < Joined2012 ? rollup.Joined1978To2012 += delta
            : rollup.JoinedSince2012 += delta;
    }
}
