using PartyOrg.Api.Tests.Support;

namespace PartyOrg.Api.Tests.Querying.Filtering;

/// <summary>BooleanOperationFilterInput: eq and neq on township, village and member flags.</summary>
public sealed class BooleanFilterTests(ApiFactory api) : IClassFixture<ApiFactory>
{
    private FilterHarness Harness => FilterHarness.Of(api);

    [Fact]
    public async Task Eq_true_selects_the_ethnic_townships()
    {
        var matched = await Harness.AssertSameAsLinqAsync(RowKinds.Townships, "{ isEthnic: { eq: true } }", t => t.IsEthnic);

        matched.AssertDiscriminates();
    }

    [Fact]
    public async Task Neq_true_selects_the_other_townships()
    {
        var matched = await Harness.AssertSameAsLinqAsync(RowKinds.Townships, "{ isEthnic: { neq: true } }", t => !t.IsEthnic, within: "150121");

        matched.AssertDiscriminates();
    }

    [Fact]
    public async Task Eq_false_selects_the_villages_without_a_service_centre()
    {
        var matched = await Harness.AssertSameAsLinqAsync(RowKinds.Villages, "{ hasServiceCenter: { eq: false } }", v => !v.HasServiceCenter);

        matched.AssertDiscriminates();
    }

    [Fact]
    public async Task Neq_false_selects_the_villages_with_a_service_centre()
    {
        var matched = await Harness.AssertSameAsLinqAsync(RowKinds.Villages, "{ hasServiceCenter: { neq: false } }", v => v.HasServiceCenter, within: "150124");

        matched.AssertDiscriminates();
    }

    [Fact]
    public async Task Eq_true_on_retirement_selects_the_retired_members()
    {
        var matched = await Harness.AssertSameAsLinqAsync(RowKinds.Members, "{ isRetired: { eq: true } }", m => m.IsRetired, within: "150124");

        matched.AssertDiscriminates();
    }

    [Fact]
    public async Task Eq_and_neq_of_the_same_value_select_nothing()
    {
        var count = await Harness.CountAsync(RowKinds.Villages, "{ serviceCenterLinkedOnline: { eq: true, neq: true } }");

        Assert.Equal(0, count);
    }

    [Fact]
    public async Task Eq_null_on_a_non_null_flag_selects_nothing()
    {
        var count = await Harness.CountAsync(RowKinds.Townships, "{ isEthnic: { eq: null } }");

        Assert.Equal(0, count);
    }
}
