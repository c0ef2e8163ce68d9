namespace PartyOrg.Domain.Statistics.Disclosure;

/// <summary>One release of the protected figures: when, by which mechanism, with which ε.</summary>
public sealed class StatisticsRelease
{
    /// <summary>Increases by one with every release; two instances releasing at once collide on it and one gives way.</summary>
    public int Number { get; init; }

    public DateTimeOffset ReleasedAt { get; init; }

    /// <summary>The mechanism's name, e.g. <see cref="Mechanism"/>.</summary>
    public required string Mechanism { get; init; }

    /// <summary>ε of each count of the release.</summary>
    public double Epsilon { get; init; }

    public const string GeometricMechanism = "geometric";
}

/// <summary>The protected counts of a division as of a release, after noise and post-processing; <see cref="MemberRollup.Members"/> is the exact total they sum to.</summary>
public sealed class ReleasedDivisionRollup : MemberRollup
{
    public required string Code { get; init; }

    public int Release { get; init; }
}

/// <summary>The protected counts of a branch as of a release, like <see cref="ReleasedDivisionRollup"/>.</summary>
public sealed class ReleasedBranchRollup : MemberRollup
{
    public long BranchId { get; init; }

    public int Release { get; init; }
}
