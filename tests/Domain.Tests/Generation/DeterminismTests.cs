using PartyOrg.Domain.Generation;

namespace PartyOrg.Domain.Tests.Generation;

/// <summary>The same seed gives the same rows, byte for byte; another seed gives other rows.</summary>
public sealed class DeterminismTests(DemoDatabase demo) : IClassFixture<DemoDatabase>
{
    [Fact]
    public void The_same_seed_generates_identical_data()
    {
        using var again = SeededDatabase.Generate(SeedScale.Demo, SeedOptions.DefaultSeed);
        Assert.Equal(DataDigest.Of(demo.Database), DataDigest.Of(again));
    }

    [Fact]
    public void Another_seed_generates_different_data_under_the_same_divisions()
    {
        using var other = SeededDatabase.Generate(SeedScale.Demo, SeedOptions.DefaultSeed + 1);
        var mine = DataDigest.PerTable(demo.Database);
        var theirs = DataDigest.PerTable(other);
        Assert.Equal(mine["Townships"], theirs["Townships"]);
        Assert.NotEqual(mine["Members"], theirs["Members"]);
        Assert.NotEqual(mine["Branches"], theirs["Branches"]);
        Assert.NotEqual(mine["CommitteeMembers"], theirs["CommitteeMembers"]);
    }
}
