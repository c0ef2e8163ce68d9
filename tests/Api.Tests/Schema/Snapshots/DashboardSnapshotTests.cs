using PartyOrg.Api.Tests.Support;
using Snapshooter.Xunit;

namespace PartyOrg.Api.Tests.Schema.Snapshots;

/// <summary>A dashboard's overview: the region, its leagues and every county-level unit with its township count.</summary>
public sealed class DashboardSnapshotTests(ApiFactory api) : IClassFixture<ApiFactory>
{
    [Fact]
    public async Task Region_overview_matches_snapshot()
    {
        await SnapshotResponse.MatchAsync(api, Snapshot.FullName(),
            """
            {
              region {
                code name nameEn
                leagues(first: 12) {
                  totalCount
                  nodes {
                    code name nameEn kind
                    banners(first: 50) {
                      totalCount
                      nodes { code name nameEn kind townships { totalCount } }
                    }
                  }
                }
              }
            }
            """);
    }
}
