namespace PartyOrg.Domain.Statistics;

/// <summary>
/// Member counts of one node (a division's subtree or a branch), one column per bucket of every
/// breakdown, so that a page of nodes reads its statistics in one statement and a change moves
/// them by deltas. Ages are as of <see cref="StatisticsInfo.AgeAsOf"/>.
/// </summary>
public abstract class MemberRollup : ServiceRollup
{
    /// <summary>All members.</summary>
    public int Members { get; set; }

    /// <summary>Full members.</summary>
    public int Full { get; set; }

    /// <summary>Probationary members.</summary>
    public int Probationary { get; set; }

    /// <summary>Men.</summary>
    public int Men { get; set; }

    /// <summary>Women.</summary>
    public int Women { get; set; }

    /// <summary>Han.</summary>
    public int Han { get; set; }

    /// <summary>Mongol.</summary>
    public int Mongol { get; set; }

    /// <summary>Manchu.</summary>
    public int Manchu { get; set; }

    /// <summary>Hui.</summary>
    public int Hui { get; set; }

    /// <summary>Daur.</summary>
    public int Daur { get; set; }

    /// <summary>Ewenki.</summary>
    public int Ewenki { get; set; }

    /// <summary>Oroqen.</summary>
    public int Oroqen { get; set; }

    /// <summary>Korean.</summary>
    public int Korean { get; set; }

    /// <summary>Other ethnic groups.</summary>
    public int OtherEthnicity { get; set; }

    /// <summary>Primary school or less.</summary>
    public int PrimaryEducation { get; set; }

    /// <summary>Junior secondary.</summary>
    public int JuniorSecondary { get; set; }

    /// <summary>Senior secondary.</summary>
    public int SeniorSecondary { get; set; }

    /// <summary>Associate degree.</summary>
    public int Associate { get; set; }

    /// <summary>Bachelor's degree.</summary>
    public int Bachelor { get; set; }

    /// <summary>Postgraduate.</summary>
    public int Postgraduate { get; set; }

    /// <summary>Workers.</summary>
    public int Workers { get; set; }

    /// <summary>Farmers and herders.</summary>
    public int FarmerHerders { get; set; }

    /// <summary>Professional and technical staff.</summary>
    public int ProfessionalTechnical { get; set; }

    /// <summary>Managers.</summary>
    public int Managers { get; set; }

    /// <summary>Party and government staff.</summary>
    public int PartyGovernmentStaff { get; set; }

    /// <summary>Students.</summary>
    public int Students { get; set; }

    /// <summary>Retirees.</summary>
    public int Retirees { get; set; }

    /// <summary>Other occupations.</summary>
    public int OtherOccupation { get; set; }

    /// <summary>Aged 30 or under.</summary>
    public int Aged30OrUnder { get; set; }

    /// <summary>Aged 31 to 35.</summary>
    public int Aged31To35 { get; set; }

    /// <summary>Aged 36 to 40.</summary>
    public int Aged36To40 { get; set; }

    /// <summary>Aged 41 to 45.</summary>
    public int Aged41To45 { get; set; }

    /// <summary>Aged 46 to 50.</summary>
    public int Aged46To50 { get; set; }

    /// <summary>Aged 51 to 55.</summary>
    public int Aged51To55 { get; set; }

    /// <summary>Aged 56 to 60.</summary>
    public int Aged56To60 { get; set; }

    /// <summary>Aged 61 or over.</summary>
    public int Aged61OrOver { get; set; }

    /// <summary>Joined before October 1949.</summary>
    public int JoinedBefore1949 { get; set; }

    /// <summary>Joined October 1949 to December 1978.</summary>
    public int Joined1949To1978 { get; set; }

    /// <summary>Joined December 1978 to November 2012.</summary>
    public int Joined1978To2012 { get; set; }

    /// <summary>Joined since November 2012.</summary>
    public int JoinedSince2012 { get; set; }

    /// <summary>Retired members.</summary>
    public int Retired { get; set; }

    /// <summary>In-service members of this node registered with a community.</summary>
    public int RegisteredWithCommunity { get; set; }

    /// <summary>
    /// Not stored: set on a copy served to a third-party role, whose protected counts come from this release
    /// and sum to its member count; null where every count is exact.
    /// </summary>
    public Disclosure.PublishedRelease? Published { get; set; }

    /// <summary>The member count the protected counts sum to: the release's for a third-party view, else all members.</summary>
    public int ProtectedTotal => Published?.Members ?? Members;

    /// <summary>A shallow copy, for a view that replaces some counts.</summary>
    public MemberRollup Copy() => (MemberRollup)MemberwiseClone();
}
