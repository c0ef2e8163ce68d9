using System.Data.Common;
using System.Text.Json;
using PartyOrg.Benchmarks.Floor;
using PartyOrg.Benchmarks.Setup;
using PartyOrg.Domain.Entities;

namespace PartyOrg.Benchmarks.Queries;

/// <summary>The first 20 strongest branches of Hohhot (league 150100) by ID, with each one's first 10 members.</summary>
public sealed class StrongestBranchesQuery : IQueryCase
{
    public const int BranchPage = 20;
    public const int MemberPage = 10;

    public string Name => "strongest branches + members";

    public string ShortName => "strongest";

    public string GraphQL => """
        {
          branches(within: "150100", where: { rating: { eq: STRONGEST } }, first: 20) {
            nodes {
              id name
              members(first: 10) { nodes { id name joinedOn } }
            }
          }
        }
        """;

    public ResultKeys KeysOf(JsonElement data)
    {
        var keys = new ResultKeys();
        foreach (var branch in data.GetProperty("branches").GetProperty("nodes").EnumerateArray())
        {
            keys.Add("branches", Json.Key(branch), Json.Text(branch, "name"));
            foreach (var member in Json.Nodes(branch, "members"))
            {
                keys.Add("members", Json.Key(member), Json.Text(member, "name"), Json.Text(member, "joinedOn"));
            }
        }

        return keys;
    }

    public async Task<IFloor> OpenFloorAsync(FloorDatabase database, CancellationToken cancellationToken) =>
        new Floor(await database.OpenAsync(cancellationToken));

    private sealed class Floor : IFloor
    {
        private readonly DbConnection _connection;
        private readonly DbCommand _branches;
        private readonly WindowedLevel<long, MemberRow> _members;
        private int _branchCount;

        public Floor(DbConnection connection)
        {
            _connection = connection;
            _branches = connection.CreateCommand();
            // A league's subtree is the range of village codes that start with its first four digits.
            _branches.CommandText = $"""
                SELECT "Id", "Name" FROM "Branches"
                WHERE "Rating" = @rating AND "VillageCode" >= @low AND "VillageCode" <= @high
                ORDER BY "Id" LIMIT {BranchPage}
                """;
            _branches.Add("@rating", (int)BranchRating.Strongest);
            _branches.Add("@low", "150100000000");
            _branches.Add("@high", "150199999999");
            _branches.Prepare();
            _members = new(connection, "Members", "BranchId", "Id", "Id, Name, JoinedOn", MemberPage,
                r => new MemberRow(r.GetInt64(1), r.GetString(2), r.GetFieldValue<DateOnly>(3)));
        }

        public IReadOnlyList<string> Statements => [_branches.CommandText, _members.Sql(_branchCount)];

        public async Task<IFloorResult> RunAsync(CancellationToken cancellationToken)
        {
            var branches = new List<BranchName>(BranchPage);
            await using (var reader = await _branches.ExecuteReaderAsync(cancellationToken))
            {
                while (await reader.ReadAsync(cancellationToken))
                {
                    branches.Add(new BranchName(reader.GetInt64(0), reader.GetString(1)));
                }
            }

            _branchCount = branches.Count;
            var members = await _members.LoadAsync([.. branches.Select(b => b.Id)], cancellationToken);
            return new Result(branches, members);
        }

        public async ValueTask DisposeAsync()
        {
            _members.Dispose();
            await _branches.DisposeAsync();
            await _connection.DisposeAsync();
        }
    }

    private sealed record Result(List<BranchName> Branches, Dictionary<long, List<MemberRow>> Members) : IFloorResult
    {
        public ResultKeys Keys()
        {
            var keys = new ResultKeys();
            foreach (var branch in Branches)
            {
                keys.Add("branches", branch.Fields);
                foreach (var member in Members.GetValueOrDefault(branch.Id, []))
                {
                    keys.Add("members", member.Fields);
                }
            }

            return keys;
        }
    }
}
