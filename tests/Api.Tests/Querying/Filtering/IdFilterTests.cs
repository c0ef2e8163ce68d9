using PartyOrg.Api.Tests.Support;
using PartyOrg.Domain.Entities;

namespace PartyOrg.Api.Tests.Querying.Filtering;

/// <summary>IdOperationFilterInput: eq, neq, in and nin on global IDs, and IDs that are not the field's type.</summary>
public sealed class IdFilterTests(ApiFactory api) : IClassFixture<ApiFactory>
{
    private const string Banner = "150124";

    private FilterHarness Harness => FilterHarness.Of(api);

    [Fact]
    public async Task Eq_selects_the_branch_with_that_id()
    {
        var branch = (await BranchesAsync())[3];

        var matched = await Harness.AssertSameAsLinqAsync(RowKinds.Branches, $$"""{ id: { eq: "{{BranchId(branch)}}" } }""", b => b.Id == branch.Id);

        Assert.Equal(1, matched.Count);
    }

    [Fact]
    public async Task Neq_selects_every_other_branch()
    {
        var branch = (await BranchesAsync())[3];

        var matched = await Harness.AssertSameAsLinqAsync(RowKinds.Branches, $$"""{ id: { neq: "{{BranchId(branch)}}" } }""", b => b.Id != branch.Id, within: Banner);

        Assert.Equal(matched.Of - 1, matched.Count);
    }

    [Fact]
    public async Task In_selects_the_branches_with_those_ids_and_ignores_ids_of_nothing()
    {
        var chosen = (await BranchesAsync()).Take(3).Select(b => b.Id).ToList();
        var ids = string.Join(", ", chosen.Append(99_999_999).Select(id => $"\"{RowKinds.GlobalId("Branch", id)}\""));

        var matched = await Harness.AssertSameAsLinqAsync(RowKinds.Branches, $"{{ id: {{ in: [{ids}] }} }}", b => chosen.Contains(b.Id));

        Assert.Equal(3, matched.Count);
    }

    [Fact]
    public async Task Nin_selects_the_branches_without_those_ids()
    {
        var chosen = (await BranchesAsync()).Take(3).Select(b => b.Id).ToList();
        var ids = string.Join(", ", chosen.Select(id => $"\"{RowKinds.GlobalId("Branch", id)}\""));

        var matched = await Harness.AssertSameAsLinqAsync(RowKinds.Branches, $"{{ id: {{ nin: [{ids}] }} }}", b => !chosen.Contains(b.Id), within: Banner);

        matched.AssertDiscriminates();
    }

    [Fact]
    public async Task In_and_nin_on_member_ids_select_complementary_members()
    {
        var members = (await Harness.Rows.MembersAsync()).Where(m => m.VillageCode.StartsWith(Banner, StringComparison.Ordinal)).OrderBy(m => m.Id).ToList();
        var chosen = members.Where((_, i) => i % 7 == 0).Select(m => m.Id).ToList();
        var ids = string.Join(", ", chosen.Select(id => $"\"{RowKinds.GlobalId("Member", id)}\""));

        var matchedIn = await Harness.AssertSameAsLinqAsync(RowKinds.Members, $"{{ id: {{ in: [{ids}] }} }}", m => chosen.Contains(m.Id));
        var matchedNin = await Harness.AssertSameAsLinqAsync(RowKinds.Members, $"{{ id: {{ nin: [{ids}] }} }}", m => !chosen.Contains(m.Id), within: Banner);

        Assert.Equal(chosen.Count, matchedIn.Count);
        Assert.Equal(matchedNin.Of, matchedIn.Count + matchedNin.Count);
    }

    [Fact]
    public async Task Eq_and_neq_on_member_ids_select_one_member_and_the_rest()
    {
        var member = (await Harness.Rows.MembersAsync()).First(m => m.VillageCode.StartsWith(Banner, StringComparison.Ordinal));
        var id = RowKinds.GlobalId("Member", member.Id);

        var eq = await Harness.AssertSameAsLinqAsync(RowKinds.Members, $$"""{ id: { eq: "{{id}}" } }""", m => m.Id == member.Id);
        var neq = await Harness.AssertSameAsLinqAsync(RowKinds.Members, $$"""{ id: { neq: "{{id}}" } }""", m => m.Id != member.Id, within: Banner);

        Assert.Equal(1, eq.Count);
        Assert.Equal(neq.Of - 1, neq.Count);
    }

    [Fact]
    public async Task Or_of_two_ids_selects_both_branches()
    {
        var branches = await BranchesAsync();
        var (first, last) = (branches[0], branches[^1]);

        var matched = await Harness.AssertSameAsLinqAsync(
            RowKinds.Branches,
            $$"""{ id: { or: [{ eq: "{{BranchId(first)}}" }, { eq: "{{BranchId(last)}}" }] } }""",
            b => b.Id == first.Id || b.Id == last.Id);

        Assert.Equal(2, matched.Count);
    }

    [Fact]
    public async Task In_with_a_null_among_the_ids_selects_the_other_ids()
    {
        var branch = (await BranchesAsync())[0];

        var matched = await Harness.AssertSameAsLinqAsync(RowKinds.Branches, $$"""{ id: { in: [null, "{{BranchId(branch)}}"] } }""", b => b.Id == branch.Id);

        Assert.Equal(1, matched.Count);
    }

    [Theory]
    [InlineData("eq")]
    [InlineData("neq")]
    [InlineData("in")]
    [InlineData("nin")]
    public async Task A_member_id_in_a_branch_id_filter_is_an_invalid_node_id(string op)
    {
        var member = (await Harness.Rows.MembersAsync())[0];

        var (_, body) = await Harness.SendAsync(
            $"{{ branches(where: {{ id: {Comparisons.Literal(op, $"\"{RowKinds.GlobalId("Member", member.Id)}\"")} }}) {{ totalCount }} }}");

        Assert.Equal("INVALID_NODE_ID", body.FirstErrorCode());
    }

    [Fact]
    public async Task An_id_that_is_not_base64_is_an_invalid_node_id()
    {
        var (_, body) = await Harness.SendAsync("""{ members(where: { id: { eq: "not an id!" } }) { totalCount } }""");

        Assert.Equal("INVALID_NODE_ID", body.FirstErrorCode());
    }

    [Fact]
    public async Task A_branch_id_whose_key_is_not_a_number_is_an_invalid_node_id()
    {
        var (_, body) = await Harness.SendAsync($$"""{ branches(where: { id: { eq: "{{Convert.ToBase64String("Branch:abc"u8)}}" } }) { totalCount } }""");

        Assert.Equal("INVALID_NODE_ID", body.FirstErrorCode());
    }

    private async Task<List<Branch>> BranchesAsync() =>
        [.. (await Harness.Rows.BranchesAsync()).Where(b => b.VillageCode.StartsWith(Banner, StringComparison.Ordinal)).OrderBy(b => b.Id)];

    private static string BranchId(Branch branch) => RowKinds.GlobalId("Branch", branch.Id);
}
