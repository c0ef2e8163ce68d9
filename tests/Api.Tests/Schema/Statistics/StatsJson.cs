using System.Text.Json;
using PartyOrg.Api.Tests.Support;

namespace PartyOrg.Api.Tests.Schema.Statistics;

/// <summary>Reading statistics answers: the data of an error-free response, nodes of connections, numbers by field name.</summary>
public static class StatsJson
{
    /// <summary>The response's data, after asserting it carries no errors.</summary>
    public static async Task<JsonElement> DataAsync(this ApiFactory api, string query)
    {
        var body = await api.QueryAsync(query);
        Assert.False(body.TryGetProperty("errors", out var errors), errors.ToString());
        return body.GetProperty("data");
    }

    public static IEnumerable<JsonElement> Nodes(this JsonElement connection) => connection.GetProperty("nodes").EnumerateArray();

    public static long Long(this JsonElement element, string name) => element.GetProperty(name).GetInt64();

    public static double Number(this JsonElement element, string name) => element.GetProperty(name).GetDouble();

    /// <summary>A share as the API defines it, computed in decimal so that no binary rounding hides a midpoint.</summary>
    public static double ShareOf(long part, long whole) =>
        whole == 0 ? 0 : (double)Math.Round(100m * part / whole, 1, MidpointRounding.AwayFromZero);
}
