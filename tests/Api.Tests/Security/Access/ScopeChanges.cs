using System.Text.Json;

namespace PartyOrg.Api.Tests.Security.Access;

/// <summary>Changes an admin makes anywhere, for the scope tests to watch from inside the banner.</summary>
public sealed class ScopeChanges(ScopeApi api)
{
    /// <summary>Admits a member to the branch; returns the member's global ID.</summary>
    public async Task<string> AdmitAsync(string branchId)
    {
        var payload = await MutateAsync("admitMember", "AdmitMemberInput", "member { id }", new
        {
            branchId, name = "范围党员", gender = "MALE", ethnicity = "HAN", birthDate = "1991-03-01", joinedOn = "2024-03-01", education = "ASSOCIATE", occupation = "WORKER",
        });
        return payload.GetProperty("member").GetProperty("id").GetString()!;
    }

    /// <summary>Transfers the member (at the version it was loaded with) to the branch.</summary>
    public Task TransferAsync(Row member, string toBranchId) =>
        MutateAsync("transferMember", "TransferMemberInput", "member { id }", new { memberId = member.Id, version = member.Version, toBranchId });

    private async Task<JsonElement> MutateAsync(string field, string inputType, string selection, object input)
    {
        var data = ScopeApi.Data(await api.AsAdminAsync($"mutation($input: {inputType}!) {{ {field}(input: $input) {{ {selection} errors {{ ... on Error {{ message }} }} }} }}", new { input }));
        var payload = data.GetProperty(field);
        Assert.True(payload.GetProperty("errors").ValueKind == JsonValueKind.Null, $"{field} was refused: {payload}");
        return payload;
    }
}
