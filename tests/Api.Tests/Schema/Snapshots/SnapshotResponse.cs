using System.Text.Json;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;
using PartyOrg.Api.Tests.Support;
using Snapshooter;
using Snapshooter.Xunit;

namespace PartyOrg.Api.Tests.Schema.Snapshots;

/// <summary>Compares a whole GraphQL response with its snapshot; the snapshot name comes from the test method.</summary>
public static class SnapshotResponse
{
    public static async Task MatchAsync(ApiFactory api, SnapshotFullName snapshotName, string query, object? variables = null)
    {
        var body = await api.QueryAsync(query, variables);
        Assert.False(body.TryGetProperty("errors", out var errors), errors.ToString());
        Parse(body).MatchSnapshot(snapshotName);
    }

    /// <summary>Dates stay the strings the API sent rather than becoming DateTimes with a time of day.</summary>
    private static JToken Parse(JsonElement body)
    {
        using var reader = new JsonTextReader(new StringReader(body.GetRawText())) { DateParseHandling = DateParseHandling.None };
        return JToken.ReadFrom(reader);
    }
}
