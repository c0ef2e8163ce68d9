using System.Globalization;
using System.Text;
using PartyOrg.Domain.Entities;

namespace PartyOrg.Api.Tests.Querying.Filtering;

/// <summary>
/// A flat root connection and how to tell its rows apart: divisions by <c>code</c>, branches and members
/// by the key inside their global ID (<paramref name="NodeType"/>), the same key computed from the seeded
/// entity, and the code <c>within</c> narrows by.
/// </summary>
internal sealed record RowKind<T>(
    string Connection,
    string? NodeType,
    Func<T, string> Key,
    Func<T, string> Code,
    Func<SeededRows, Task<IReadOnlyList<T>>> Load)
{
    public string KeyField => NodeType is null ? "code" : "id";

    /// <summary>The key of a row as the API returned its key field.</summary>
    public string KeyOf(string value) => NodeType is null ? value : RowKinds.KeyOf(value, NodeType);
}

internal static class RowKinds
{
    public static readonly RowKind<League> Leagues = new("leagues", null, l => l.Code, l => l.Code, r => r.LeaguesAsync());

    public static readonly RowKind<Banner> Banners = new("banners", null, b => b.Code, b => b.Code, r => r.BannersAsync());

    public static readonly RowKind<Township> Townships = new("townships", null, t => t.Code, t => t.Code, r => r.TownshipsAsync());

    public static readonly RowKind<Village> Villages = new("villages", null, v => v.Code, v => v.Code, r => r.VillagesAsync());

    public static readonly RowKind<Branch> Branches = new("branches", "Branch", b => Key(b.Id), b => b.VillageCode, r => r.BranchesAsync());

    public static readonly RowKind<Member> Members = new("members", "Member", m => Key(m.Id), m => m.VillageCode, r => r.MembersAsync());

    public static string Key(long id) => id.ToString(CultureInfo.InvariantCulture);

    /// <summary>A global ID as the API makes it: base64 of <c>Type:key</c>.</summary>
    public static string GlobalId(string type, long id) => Convert.ToBase64String(Encoding.UTF8.GetBytes($"{type}:{Key(id)}"));

    /// <summary>The key of a global ID, checking it names <paramref name="type"/>.</summary>
    public static string KeyOf(string globalId, string type)
    {
        var text = Encoding.UTF8.GetString(Convert.FromBase64String(globalId));
        Assert.StartsWith(type + ":", text, StringComparison.Ordinal);
        return text[(type.Length + 1)..];
    }
}
