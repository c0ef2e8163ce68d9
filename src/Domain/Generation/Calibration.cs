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

    public const string ChaharCommunity = "150902008022";
    public const int ChaharOldestMemberAge = 88;

    /// <summary>The demo scale's share of the full branches and members.</summary>
    public const double DemoFraction = 0.05;

    /// <summary>Branches currently rated weak and under rectification, as a share of all branches.</summary>
    public const double CurrentlyWeakShare = 0.008;
}
