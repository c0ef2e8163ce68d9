using PartyOrg.Domain.Statistics;

namespace PartyOrg.Api.Schema.Statistics;

public enum MemberDimension { Gender, Ethnicity, AgeBand, Education, Occupation, Status, JoinPeriod }

public enum BranchDimension { Sector, Rating }

public sealed record Bucket(string Key, string Label, long Count, double Share);

/// <summary>Which rollup column each bucket of each breakdown reads.</summary>
public static class Breakdowns
{
    private static readonly Dictionary<MemberDimension, (string Key, string Label, Func<MemberRollup, long> Count)[]> Members = new()
    {
        [MemberDimension.Gender] = [("MALE", "Male", r => r.Men), ("FEMALE", "Female", r => r.Women)],
        [MemberDimension.Ethnicity] =
        [
            ("HAN", "Han", r => r.Han), ("MONGOL", "Mongol", r => r.Mongol), ("MANCHU", "Manchu", r => r.Manchu), ("HUI", "Hui", r => r.Hui),
            ("DAUR", "Daur", r => r.Daur), ("EWENKI", "Ewenki", r => r.Ewenki), ("OROQEN", "Oroqen", r => r.Oroqen),
            ("KOREAN", "Korean", r => r.Korean), ("OTHER", "Other", r => r.OtherEthnicity),
        ],
        [MemberDimension.AgeBand] =
        [
            ("30_OR_UNDER", "30 or under", r => r.Aged30OrUnder), ("31_TO_35", "31–35", r => r.Aged31To35), ("36_TO_40", "36–40", r => r.Aged36To40),
            ("41_TO_45", "41–45", r => r.Aged41To45), ("46_TO_50", "46–50", r => r.Aged46To50), ("51_TO_55", "51–55", r => r.Aged51To55),
            ("56_TO_60", "56–60", r => r.Aged56To60), ("61_OR_OVER", "61 or over", r => r.Aged61OrOver),
        ],
        [MemberDimension.Education] =
        [
            ("PRIMARY", "Primary or less", r => r.PrimaryEducation), ("JUNIOR_SECONDARY", "Junior secondary", r => r.JuniorSecondary),
            ("SENIOR_SECONDARY", "Senior secondary", r => r.SeniorSecondary), ("ASSOCIATE", "Associate degree", r => r.Associate),
            ("BACHELOR", "Bachelor's degree", r => r.Bachelor), ("POSTGRADUATE", "Postgraduate", r => r.Postgraduate),
        ],
        [MemberDimension.Occupation] =
        [
            ("WORKER", "Workers", r => r.Workers), ("FARMER_HERDER", "Farmers and herders", r => r.FarmerHerders),
            ("PROFESSIONAL_TECHNICAL", "Professional and technical staff", r => r.ProfessionalTechnical), ("MANAGER", "Managers", r => r.Managers),
            ("PARTY_GOVERNMENT_STAFF", "Party and government staff", r => r.PartyGovernmentStaff), ("STUDENT", "Students", r => r.Students),
            ("RETIREE", "Retirees", r => r.Retirees), ("OTHER", "Other", r => r.OtherOccupation),
        ],
        [MemberDimension.Status] = [("FULL", "Full members", r => r.Full), ("PROBATIONARY", "Probationary members", r => r.Probationary)],
        [MemberDimension.JoinPeriod] =
        [
            ("BEFORE_1949", "Before October 1949", r => r.JoinedBefore1949), ("1949_TO_1978", "October 1949 – December 1978", r => r.Joined1949To1978),
            ("1978_TO_2012", "December 1978 – November 2012", r => r.Joined1978To2012), ("SINCE_2012", "Since November 2012", r => r.JoinedSince2012),
        ],
    };

    private static readonly Dictionary<BranchDimension, (string Key, string Label, Func<DivisionRollup, long> Count)[]> Branches = new()
    {
        [BranchDimension.Sector] =
        [
            ("RURAL", "Rural and pastoral", r => r.RuralBranches), ("COMMUNITY", "Urban communities", r => r.CommunityBranches),
            ("GOVERNMENT", "Party and government organs", r => r.GovernmentBranches), ("PUBLIC_INSTITUTION", "Public institutions", r => r.PublicInstitutionBranches),
            ("STATE_ENTERPRISE", "State-owned enterprises", r => r.StateEnterpriseBranches), ("UNIVERSITY", "Universities", r => r.UniversityBranches),
            ("NON_PUBLIC_ENTERPRISE", "Non-public enterprises", r => r.NonPublicEnterpriseBranches), ("SOCIAL_ORGANIZATION", "Social organisations", r => r.SocialOrganizationBranches),
        ],
        [BranchDimension.Rating] =
        [
            ("STRONGEST", "Strongest", r => r.StrongestBranches), ("STANDARD", "Standard", r => r.StandardBranches), ("WEAK", "Weak and lax", r => r.WeakBranches),
        ],
    };

    /// <summary>The buckets of a dimension; all but join periods are protected, so they sum to the protected total.</summary>
    public static IReadOnlyList<Bucket> Of(MemberRollup rollup, MemberDimension dimension)
    {
        var total = dimension == MemberDimension.JoinPeriod ? rollup.Members : rollup.ProtectedTotal;
        return [.. Members[dimension].Select(b => new Bucket(b.Key, b.Label, b.Count(rollup), Share.Of(b.Count(rollup), total)))];
    }

    public static IReadOnlyList<Bucket> Of(DivisionRollup rollup, BranchDimension dimension) =>
        [.. Branches[dimension].Select(b => new Bucket(b.Key, b.Label, b.Count(rollup), Share.Of(b.Count(rollup), rollup.Branches)))];
}
