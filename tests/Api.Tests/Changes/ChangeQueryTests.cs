using System.Text.Json;
using PartyOrg.Api.Tests.Support;

namespace PartyOrg.Api.Tests.Changes;

/// <summary>The <c>changes</c> query over the log written by member mutations made over HTTP.</summary>
[Collection(ChangesCollection.Name)]
public sealed class ChangeQueryTests(ChangesApi api)
{
    private const string Changes =
        """
        query($scope: String!, $after: String, $first: Int, $kinds: [ChangeKind!]) {
          changes(scope: $scope, after: $after, first: $first, kinds: $kinds) {
            totalCount
            pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
            edges { cursor node { position kind subjectId village { code } fromVillage { code } } }
          }
        }
        """;

    [Fact]
    public async Task A_scope_lists_the_events_of_its_subtree_in_position_order()
    {
        var (here, elsewhere) = (await api.NextBranchAsync(), await api.NextBranchAsync());
        var head = await api.HeadAsync();
        var first = await api.AdmitAsync(here);
        await api.AdmitAsync(elsewhere);
        var second = await api.AdmitAsync(here);

        var connection = await QueryAsync(here.LeagueCode, ChangesApi.Text(head));

        Assert.Equal([first.Id, second.Id], Nodes(connection).Select(n => n.GetProperty("subjectId").GetString()));
        Assert.Equal([head + 1, head + 3], Positions(connection));
        Assert.All(Nodes(connection), n => Assert.Equal(here.VillageCode, n.GetProperty("village").GetProperty("code").GetString()));
    }

    [Fact]
    public async Task A_transfer_is_listed_in_the_subtrees_of_both_villages()
    {
        var (from, to) = (await api.NextBranchAsync(), await api.NextBranchAsync());
        Assert.NotEqual(from.LeagueCode, to.LeagueCode);
        var head = await api.HeadAsync();
        var member = await api.AdmitAsync(from);
        await api.TransferAsync(member, to);

        var inOrigin = Nodes(await QueryAsync(from.BannerCode, ChangesApi.Text(head))).ToList();
        var inDestination = Nodes(await QueryAsync(to.LeagueCode, ChangesApi.Text(head))).ToList();

        Assert.Equal(["MEMBER_ADMITTED", "MEMBER_TRANSFERRED"], inOrigin.Select(n => n.GetProperty("kind").GetString()));
        var transfer = Assert.Single(inDestination);
        Assert.Equal("MEMBER_TRANSFERRED", transfer.GetProperty("kind").GetString());
        Assert.Equal(to.VillageCode, transfer.GetProperty("village").GetProperty("code").GetString());
        Assert.Equal(from.VillageCode, transfer.GetProperty("fromVillage").GetProperty("code").GetString());
        Assert.Equal(inOrigin[1].GetProperty("position").GetString(), transfer.GetProperty("position").GetString());
    }

    [Fact]
    public async Task After_and_first_page_forward_through_the_log_and_total_count_counts_the_whole_scope()
    {
        var branch = await api.NextBranchAsync();
        for (var i = 0; i < 5; i++)
        {
            await api.AdmitAsync(branch);
        }

        var firstPage = await QueryAsync(branch.VillageCode, after: null, first: 2);
        var secondPage = await QueryAsync(branch.VillageCode, after: EndCursor(firstPage), first: 2);
        var lastPage = await QueryAsync(branch.VillageCode, after: EndCursor(secondPage), first: 2);

        Assert.Equal(5, firstPage.GetProperty("totalCount").GetInt32());
        Assert.Equal(5, lastPage.GetProperty("totalCount").GetInt32());
        var positions = Positions(firstPage).Concat(Positions(secondPage)).Concat(Positions(lastPage)).ToList();
        Assert.Equal(5, positions.Count);
        Assert.Equal(positions.Order(), positions);
        Assert.True(firstPage.GetProperty("pageInfo").GetProperty("hasNextPage").GetBoolean());
        Assert.False(firstPage.GetProperty("pageInfo").GetProperty("hasPreviousPage").GetBoolean());
        Assert.True(secondPage.GetProperty("pageInfo").GetProperty("hasNextPage").GetBoolean());
        Assert.False(lastPage.GetProperty("pageInfo").GetProperty("hasNextPage").GetBoolean());
        Assert.True(lastPage.GetProperty("pageInfo").GetProperty("hasPreviousPage").GetBoolean());
    }

    [Fact]
    public async Task Edge_cursors_are_the_positions()
    {
        var branch = await api.NextBranchAsync();
        await api.AdmitAsync(branch);

        var edge = (await QueryAsync(branch.VillageCode, after: null)).GetProperty("edges")[0];

        Assert.Equal(edge.GetProperty("node").GetProperty("position").GetString(), edge.GetProperty("cursor").GetString());
    }

    [Fact]
    public async Task Kinds_keep_only_events_of_those_kinds()
    {
        var (from, to) = (await api.NextBranchAsync(), await api.NextBranchAsync());
        var head = await api.HeadAsync();
        var member = await api.AdmitAsync(from);
        await api.AdmitAsync(from);
        await api.TransferAsync(member, to);

        var transfers = await QueryAsync(from.VillageCode, ChangesApi.Text(head), kinds: ["MEMBER_TRANSFERRED"]);
        var admissions = await QueryAsync(from.VillageCode, ChangesApi.Text(head), kinds: ["MEMBER_ADMITTED"]);

        Assert.Equal(["MEMBER_TRANSFERRED"], Nodes(transfers).Select(n => n.GetProperty("kind").GetString()));
        Assert.Equal(1, transfers.GetProperty("totalCount").GetInt32());
        Assert.Equal(["MEMBER_ADMITTED", "MEMBER_ADMITTED"], Nodes(admissions).Select(n => n.GetProperty("kind").GetString()));
    }

    [Fact]
    public async Task The_details_of_a_transfer_name_both_branches_and_the_subject_is_the_member()
    {
        var (from, to) = (await api.NextBranchAsync(), await api.NextBranchAsync());
        var head = await api.HeadAsync();
        var member = await api.TransferAsync(await api.AdmitAsync(from, "斯琴"), to);

        var body = await api.QueryAsync(
            """
            query($scope: String!, $after: String) {
              changes(scope: $scope, after: $after, kinds: [MEMBER_TRANSFERRED]) {
                nodes {
                  committedAt
                  subject { id ... on Member { name branch { id } } }
                  details { __typename ... on MemberTransferred { memberId fromBranch { id } toBranch { id } } }
                }
              }
            }
            """,
            new { scope = to.VillageCode, after = ChangesApi.Text(head) });

        var node = Assert.Single(body.GetProperty("data").GetProperty("changes").GetProperty("nodes").EnumerateArray());
        Assert.Equal(member.Id, node.GetProperty("subject").GetProperty("id").GetString());
        Assert.Equal("斯琴", node.GetProperty("subject").GetProperty("name").GetString());
        Assert.Equal(to.Id, node.GetProperty("subject").GetProperty("branch").GetProperty("id").GetString());
        var details = node.GetProperty("details");
        Assert.Equal("MemberTransferred", details.GetProperty("__typename").GetString());
        Assert.Equal(member.Id, details.GetProperty("memberId").GetString());
        Assert.Equal(from.Id, details.GetProperty("fromBranch").GetProperty("id").GetString());
        Assert.Equal(to.Id, details.GetProperty("toBranch").GetProperty("id").GetString());
        Assert.True(DateTimeOffset.UtcNow - node.GetProperty("committedAt").GetDateTimeOffset() < TimeSpan.FromMinutes(5));
    }

    [Fact]
    public async Task An_unknown_scope_is_a_coded_error()
    {
        var body = await api.QueryAsync("{ changes(scope: \"159999\") { totalCount } }");

        Assert.Equal("UNKNOWN_DIVISION", body.FirstErrorCode());
    }

    [Theory]
    [InlineData("abc")]
    [InlineData("-1")]
    [InlineData("1.5")]
    public async Task An_after_that_is_not_a_position_is_a_coded_error(string after)
    {
        var body = await api.QueryAsync("query($after: String) { changes(scope: \"150000\", after: $after) { totalCount } }", new { after });

        Assert.Equal("HC0078", body.FirstErrorCode());
    }

    [Fact]
    public async Task A_page_larger_than_the_maximum_is_a_coded_error()
    {
        var body = await api.QueryAsync("{ changes(scope: \"150000\", first: 51) { totalCount } }");

        Assert.Equal("HC0051", body.FirstErrorCode());
    }

    private async Task<JsonElement> QueryAsync(string scope, string? after, int? first = null, string[]? kinds = null)
    {
        var body = await api.QueryAsync(Changes, new { scope, after, first, kinds });
        Assert.False(body.TryGetProperty("errors", out var errors), errors.ToString());
        return body.GetProperty("data").GetProperty("changes");
    }

    private static IEnumerable<JsonElement> Nodes(JsonElement connection) =>
        connection.GetProperty("edges").EnumerateArray().Select(e => e.GetProperty("node"));

    private static List<long> Positions(JsonElement connection) =>
        [.. Nodes(connection).Select(n => long.Parse(n.GetProperty("position").GetString()!, System.Globalization.CultureInfo.InvariantCulture))];

    private static string? EndCursor(JsonElement connection) => connection.GetProperty("pageInfo").GetProperty("endCursor").GetString();
}
