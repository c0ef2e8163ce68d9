using System.Text.Json;
using PartyOrg.Api.Tests.Support;

namespace PartyOrg.Api.Tests.Fleet;

/// <summary>The mutations the fleet tests send, and how their answers are read.</summary>
public static class FleetMutations
{
    public const string Admit = """
        mutation($input: AdmitMemberInput!) { admitMember(input: $input) { member { id version name } errors { __typename ... on Error { message } } } }
        """;

    /// <summary>The variables admitting a member called <paramref name="name"/> into a branch.</summary>
    public static object AdmitVariables(string branchId, string name) => new
    {
        input = new
        {
            branchId, name, gender = "FEMALE", ethnicity = "MONGOL", birthDate = "1990-05-01", joinedOn = "2024-07-01",
            education = "BACHELOR", occupation = "FARMER_HERDER",
        },
    };

    /// <summary>Admits a member through an instance; returns its global ID.</summary>
    public static async Task<string> AdmitAsync(this ApiProcess instance, string key, string branchId, string name)
    {
        var data = await instance.QueryAsync(key, Admit, AdmitVariables(branchId, name));
        var payload = data.GetProperty("admitMember");
        Assert.True(payload.GetProperty("errors").ValueKind == JsonValueKind.Null, payload.ToString());
        return payload.GetProperty("member").GetProperty("id").GetString()!;
    }
}
