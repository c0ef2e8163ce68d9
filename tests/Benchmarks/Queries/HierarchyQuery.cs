using System.Text.Json;
using PartyOrg.Api.Querying.Paging;
using PartyOrg.Benchmarks.Setup;

namespace PartyOrg.Benchmarks.Queries;

/// <summary>
/// Region → leagues → banners → townships → villages → branches → members, five per parent below
/// the leagues. <c>leagues</c> takes no <c>first</c>, so it gets the API's default page size.
/// </summary>
public sealed class HierarchyQuery : IQueryCase
{
    public const int Page = 5;

    public static int LeaguePage { get; } = new PagingOptions().DefaultPageSize;

    public string Name => "7-level hierarchy";

    public string ShortName => "hierarchy";

    public string GraphQL => """
        {
          region {
            code name
            leagues {
              nodes {
                code name
                banners(first: 5) {
                  nodes {
                    code name
                    townships(first: 5) {
                      nodes {
                        code name
                        villages(first: 5) {
                          nodes {
                            code name
                            branches(first: 5) {
                              nodes {
                                id name sector
                                members(first: 5) { nodes { id name joinedOn } }
                              }
                            }
                          }
                        }
                      }
                    }
                  }
                }
              }
            }
          }
        }
        """;

    public ResultKeys KeysOf(JsonElement data)
    {
        var keys = new ResultKeys();
        var region = data.GetProperty("region");
        keys.Add("region", Json.Division(region));
        foreach (var league in Json.Nodes(region, "leagues"))
        {
            keys.Add("leagues", Json.Division(league));
            foreach (var banner in Json.Nodes(league, "banners"))
            {
                keys.Add("banners", Json.Division(banner));
                foreach (var township in Json.Nodes(banner, "townships"))
                {
                    keys.Add("townships", Json.Division(township));
                    foreach (var village in Json.Nodes(township, "villages"))
                    {
                        keys.Add("villages", Json.Division(village));
                        foreach (var branch in Json.Nodes(village, "branches"))
                        {
                            keys.Add("branches", Json.Key(branch), Json.Text(branch, "name"), Json.Text(branch, "sector"));
                            foreach (var member in Json.Nodes(branch, "members"))
                            {
                                keys.Add("members", Json.Key(member), Json.Text(member, "name"), Json.Text(member, "joinedOn"));
                            }
                        }
                    }
                }
            }
        }

        return keys;
    }

    public async Task<IFloor> OpenFloorAsync(FloorDatabase database, CancellationToken cancellationToken) =>
        new HierarchyFloor(await database.OpenAsync(cancellationToken));
}
