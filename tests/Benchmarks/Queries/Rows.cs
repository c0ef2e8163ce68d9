using System.Globalization;
using System.Text;
using System.Text.Json;
using GraphQL;
using PartyOrg.Domain.Entities;

namespace PartyOrg.Benchmarks.Queries;

/// <summary>A division as the floor reads it: the two selected columns.</summary>
public sealed record DivisionRow(string Code, string Name)
{
    public string[] Fields => [Code, Name];
}

public sealed record BranchRow(long Id, string Name, BranchSector Sector)
{
    public string[] Fields => [Key(Id), Name, Sector.ToString().ToConstantCase()];

    public static string Key(long id) => id.ToString(CultureInfo.InvariantCulture);
}

/// <summary>A branch when only its ID and name are selected.</summary>
public sealed record BranchName(long Id, string Name)
{
    public string[] Fields => [BranchRow.Key(Id), Name];
}

public sealed record MemberRow(long Id, string Name, DateOnly JoinedOn)
{
    public string[] Fields => [BranchRow.Key(Id), Name, JoinedOn.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)];
}

/// <summary>Reading the API's JSON the same way.</summary>
public static class Json
{
    public static IEnumerable<JsonElement> Nodes(JsonElement parent, string connection) =>
        parent.GetProperty(connection).GetProperty("nodes").EnumerateArray();

    public static string Text(JsonElement element, string property) => element.GetProperty(property).GetString() ?? string.Empty;

    /// <summary>The database key inside a global ID (base64 of <c>Type:key</c>).</summary>
    public static string Key(JsonElement element)
    {
        var id = Encoding.UTF8.GetString(Convert.FromBase64String(Text(element, "id")));
        return id[(id.IndexOf(':', StringComparison.Ordinal) + 1)..];
    }

    public static string[] Division(JsonElement node) => [Text(node, "code"), Text(node, "name")];
}
