using System.Globalization;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PartyOrg.Api.Changes;
using PartyOrg.Api.Schema.Common;
using PartyOrg.Api.Tests.Support;

namespace PartyOrg.Api.Tests.Changes;

/// <summary>
/// The API with a fast change feed (a short poll, small read batches so catch-up crosses batch
/// boundaries), and helpers that change members over HTTP. Each call of <see cref="NextBranchAsync"/>
/// hands out a branch no other test used, from the next league in turn, so tests can assert on exact
/// events of their own villages.
/// </summary>
public class ChangesApi : ApiFactory
{
    private readonly SemaphoreSlim _gate = new(1, 1);
    private List<BranchRef>? _branches;
    private int _handedOut;

    protected override IEnumerable<KeyValuePair<string, string>> Settings =>
    [
        new("Changes:PollSeconds", "0.5"),
        new("Changes:BatchSize", "3"),
        new("Changes:StatisticsCoalesceMilliseconds", "400"),
        .. ExtraSettings,
    ];

    protected virtual IEnumerable<KeyValuePair<string, string>> ExtraSettings => [];

    public ChangeStreams Streams => Services.GetRequiredService<ChangeStreams>();

    public Task<long> HeadAsync() => Streams.Log.HeadAsync(CancellationToken.None);

    /// <summary>A branch no earlier call returned, in the league after the previous one's.</summary>
    public async Task<BranchRef> NextBranchAsync()
    {
        await _gate.WaitAsync();
        try
        {
            _branches ??= await LoadBranchesAsync();
            return _branches[_handedOut++];
        }
        finally
        {
            _gate.Release();
        }
    }

    /// <summary>Admits a member over HTTP; returns its global ID and version.</summary>
    public async Task<MemberRef> AdmitAsync(BranchRef branch, string name = "测试党员")
    {
        var body = await QueryAsync(
            """
            mutation($input: AdmitMemberInput!) { admitMember(input: $input) { member { id version } errors { __typename } } }
            """,
            new
            {
                input = new
                {
                    branchId = branch.Id, name, gender = "FEMALE", ethnicity = "MONGOL", birthDate = "1990-05-01", joinedOn = "2024-07-01",
                    education = "BACHELOR", occupation = "FARMER_HERDER",
                },
            });
        var member = Payload(body, "admitMember");
        return new MemberRef(member.GetProperty("id").GetString()!, member.GetProperty("version").GetInt32());
    }

    /// <summary>Transfers a member over HTTP; returns its new version.</summary>
    public async Task<MemberRef> TransferAsync(MemberRef member, BranchRef to)
    {
        var body = await QueryAsync(
            """
            mutation($input: TransferMemberInput!) { transferMember(input: $input) { member { id version } errors { __typename } } }
            """,
            new { input = new { memberId = member.Id, version = member.Version, toBranchId = to.Id } });
        var moved = Payload(body, "transferMember");
        return new MemberRef(moved.GetProperty("id").GetString()!, moved.GetProperty("version").GetInt32());
    }

    public static string Text(long position) => position.ToString(CultureInfo.InvariantCulture);

    private static JsonElement Payload(JsonElement body, string mutation)
    {
        Assert.False(body.TryGetProperty("errors", out var errors), errors.ToString());
        var payload = body.GetProperty("data").GetProperty(mutation);
        Assert.Equal(JsonValueKind.Null, payload.GetProperty("errors").ValueKind);
        return payload.GetProperty("member");
    }

    /// <summary>One branch per village, dealt round-robin over the leagues.</summary>
    private async Task<List<BranchRef>> LoadBranchesAsync()
    {
        await using var db = OpenDatabase();
        var rows = await db.Branches.AsNoTracking().OrderBy(b => b.Id).Select(b => new { b.Id, b.VillageCode }).ToListAsync();
        var byLeague = rows.GroupBy(b => b.VillageCode, (_, g) => g.First())
            .GroupBy(b => b.VillageCode[..4])
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => g.ToList())
            .ToList();
        var dealt = new List<BranchRef>();
        for (var round = 0; dealt.Count < 400; round++)
        {
            foreach (var league in byLeague.Where(l => l.Count > round))
            {
                var branch = league[round];
                dealt.Add(new BranchRef(NodeId.Encode("Branch", branch.Id), branch.Id, branch.VillageCode));
            }
        }

        return dealt;
    }

    public override async ValueTask DisposeAsync()
    {
        _gate.Dispose();
        await base.DisposeAsync();
        GC.SuppressFinalize(this);
    }
}

/// <summary>A branch to change members in: its global ID, key and village.</summary>
public sealed record BranchRef(string Id, long Key, string VillageCode)
{
    public string LeagueCode => VillageCode[..4] + "00";

    public string BannerCode => VillageCode[..6];
}

/// <summary>A member as last read: global ID and version.</summary>
public sealed record MemberRef(string Id, int Version);

[CollectionDefinition(Name)]
public sealed class ChangesCollection : ICollectionFixture<ChangesApi>
{
    public const string Name = "changes";
}
