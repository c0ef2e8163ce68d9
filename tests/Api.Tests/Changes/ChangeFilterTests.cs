using PartyOrg.Api.Changes;
using PartyOrg.Domain.Changes;

namespace PartyOrg.Api.Tests.Changes;

/// <summary>Which events a scope and a set of kinds take, in memory (the same rule runs as SQL in the log queries).</summary>
public sealed class ChangeFilterTests
{
    private static readonly ChangeEvent Transfer = new()
    {
        Position = 1, Kind = ChangeKind.MemberTransferred, VillageCode = "152201001001", FromVillageCode = "150102001001",
        Subject = "Member:1", Details = "{}",
    };

    [Theory]
    [InlineData("1522")]
    [InlineData("1501")]
    [InlineData("150102001001")]
    [InlineData("15")]
    public void A_transfer_belongs_to_the_subtrees_of_both_villages(string prefix) =>
        Assert.True(new ChangeFilter([prefix], null).Matches(Transfer));

    [Fact]
    public void Another_subtree_does_not_take_it() =>
        Assert.False(new ChangeFilter(["1503"], null).Matches(Transfer));

    [Fact]
    public void Kinds_narrow_the_scope() =>
        Assert.False(new ChangeFilter(["1522"], [ChangeKind.MemberAdmitted]).Matches(Transfer));

    [Fact]
    public void No_scope_and_no_kinds_take_everything()
    {
        var filter = new ChangeFilter([], null);

        Assert.Null(filter.Predicate);
        Assert.True(filter.Matches(Transfer));
    }
}
