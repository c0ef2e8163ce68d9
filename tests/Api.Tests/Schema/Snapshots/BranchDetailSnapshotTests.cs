using PartyOrg.Api.Tests.Support;
using Snapshooter.Xunit;

namespace PartyOrg.Api.Tests.Schema.Snapshots;

/// <summary>A branch's detail page, for the first branch of 集宁区 that was ever listed as weak and lax.</summary>
public sealed class BranchDetailSnapshotTests(ApiFactory api) : IClassFixture<ApiFactory>
{
    private const string Detail =
        """
        query($id: ID!) {
          node(id: $id) {
            __typename id
            ... on Branch {
              name sector foundedOn rating ratedYear
              village { code name kind township { name banner { name league { name } } } }
              secretary { id name gender ethnicity birthDate joinedOn status education }
              members(first: 5) {
                totalCount
                pageInfo { hasNextPage hasPreviousPage }
                nodes { id name gender ethnicity birthDate joinedOn status education occupation isRetired }
              }
              meetings(first: 3) { totalCount nodes { kind heldOn attendance } }
              rectifications { listedYear rectifiedYear }
            }
          }
        }
        """;

    [Fact]
    public async Task Branch_detail_matches_snapshot()
    {
        var snapshotName = Snapshot.FullName();
        var found = await api.QueryAsync("{ branches(within: \"150902\", where: {rectifications: {any: true}}, first: 1) { nodes { id } } }");
        var id = found.GetProperty("data").GetProperty("branches").GetProperty("nodes")[0].GetProperty("id").GetString();

        await SnapshotResponse.MatchAsync(api, snapshotName, Detail, new { id });
    }
}
