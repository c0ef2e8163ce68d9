namespace PartyOrg.Domain.Generation;

/// <summary>
/// The region-level figures of the source article (shared data: seed_figures.csv) that the
/// full-scale data reproduces, and the choices made where the article gives only a bound.
/// </summary>
public static class Calibration
{
    public const int FullBranches = 74_000;
    public const double MembersPerBranch = 21.7;
    public const double StrongestShare = 0.211;
    public const int FirstSecretaries = 9_640;
    public const int WorkTeams = 8_689;
    public const int ResidentCadres = 32_000;
    public const int CommitteeFromTalentPools = 34_000;

    /// <summary>34,000 is 40% of the two-committee members, so there are 85,000 of them.</summary>
    public const int CommitteeMembers = 85_000;

    public const double OneShoulderShare = 0.99;
    public const int ServiceCenters = 14_542;

    /// <summary>"More than 11,000" centres linked online.</summary>
    public const int ServiceCentersLinkedOnline = 11_260;

    public const int CommunityServiceFund = 100_000;
    public const int WeakRectifiedSince2018 = 2_734;
    public const int RectificationCountedSince = 2018;

    /// <summary>"Nearly 100,000" grids: below it and within 10%.</summary>
    public const int Grids = 98_400;

    /// <summary>"Over 260,000" grid workers.</summary>
    public const int GridWorkers = 263_500;

    public const string HingganLeague = "152200";

    /// <summary>In-service members of Hinggan League registered with a community.</summary>
    public const int HingganInServiceRegistered = 28_000;

    /// <summary>Share of eligible in-service members registered with a community in the other leagues.</summary>
    public const double OtherLeaguesInServiceRegistered = 0.30;

    /// <summary>Suggestions collected in Hinggan League (征集意见建议1768条), exactly, at full scale.</summary>
    public const int HingganSuggestions = 1_768;

    /// <summary>Suggestions per thousand members in the other leagues: a little below Hinggan's campaign (about 15).</summary>
    public const double OtherLeaguesSuggestionsPerThousandMembers = 12;

    /// <summary>Volunteer service projects claimed in Hinggan League: "more than 4,000" (认领服务项目4000余个).</summary>
    public const int HingganProjectsClaimed = 4_150;

    /// <summary>Claims per in-service member registered with a community elsewhere: Hinggan's 4,150 / 28,000.</summary>
    public const double OtherLeaguesClaimsPerRegisteredMember = 0.148;

    /// <summary>Projects a community offers beyond those claimed, as a share of the claimed ones.</summary>
    public const double UnclaimedProjectShare = 0.12;

    public const string HangginBanner = "150625";
    public const string HangginProcuratorate = "杭锦旗人民检察院党支部";

    /// <summary>The procuratorate's list: 22 matters completed, 67% of the plan (22 of 33 is 66.7%).</summary>
    public const int HangginMattersPlanned = 33;

    public const int HangginMattersCompleted = 22;

    public const string WuhaiLeague = "150300";
    public const string WuhaiVeteranCadreBureau = "乌海市委老干部局党支部";

    /// <summary>The bureau's published elderly-service matters (向社会公开8项"为老服务类"办实事项目).</summary>
    public const int WuhaiElderlyMatters = 8;

    public const int OneNetworkServices = 19;

    public const string ChaharCommunity = "150902008022";
    public const int ChaharOldestMemberAge = 88;

    /// <summary>The demo scale's share of the full branches and members.</summary>
    public const double DemoFraction = 0.05;

    /// <summary>Branches currently rated weak and under rectification, as a share of all branches.</summary>
    public const double CurrentlyWeakShare = 0.008;
}
