using System.Text.Json;
using PartyOrg.Api.Tests.Support;

namespace PartyOrg.Api.Tests.Schema.Changes;

/// <summary>A village shows only the first secretary serving now: an ended assignment disappears, a new one takes its place.</summary>
public sealed class ServingAssignmentTests(ApiFactory api) : IClassFixture<ApiFactory>
{
    private const string Village = "firstSecretary { name endedOn } workTeam { sentBy }";

    [Fact]
    public async Task An_ended_first_secretary_is_no_longer_shown_and_a_new_one_is()
    {
        var code = await ServedVillageAsync();

        await MutateAsync("endFirstSecretaryAssignment", "EndFirstSecretaryAssignmentInput", new { villageCode = code, endedOn = "2026-06-30" });
        var afterEnd = await VillageAsync(code);
        await MutateAsync("assignFirstSecretary", "AssignFirstSecretaryInput", new { villageCode = code, name = "新书记", sentBy = "自治区财政厅", startedOn = "2026-07-01" });
        var afterNew = await VillageAsync(code);

        Assert.Equal(JsonValueKind.Null, afterEnd.GetProperty("firstSecretary").ValueKind);
        Assert.Equal("新书记", afterNew.GetProperty("firstSecretary").GetProperty("name").GetString());
        Assert.Equal(JsonValueKind.Null, afterNew.GetProperty("firstSecretary").GetProperty("endedOn").ValueKind);
    }

    private async Task<string> ServedVillageAsync()
    {
        var body = await api.QueryAsync("{ villages(first: 50, within: \"152200\", where: { kind: { eq: VILLAGE } }) { nodes { code firstSecretary { name } } } }");
        return body.GetProperty("data").GetProperty("villages").GetProperty("nodes").EnumerateArray().First(v => v.GetProperty("firstSecretary").ValueKind != JsonValueKind.Null).GetProperty("code").GetString()!;
    }

    private async Task<JsonElement> VillageAsync(string code)
    {
        var body = await api.QueryAsync($"{{ division(code: \"{code}\") {{ ... on Village {{ {Village} }} }} }}");
        Assert.False(body.TryGetProperty("errors", out var errors), errors.ToString());
        return body.GetProperty("data").GetProperty("division");
    }

    private async Task MutateAsync(string field, string inputType, object input)
    {
        var body = await api.QueryAsync($"mutation($input: {inputType}!) {{ {field}(input: $input) {{ errors {{ ... on Error {{ message }} }} }} }}", new { input });
        Assert.False(body.TryGetProperty("errors", out var errors), errors.ToString());
        Assert.Equal(JsonValueKind.Null, body.GetProperty("data").GetProperty(field).GetProperty("errors").ValueKind);
    }
}
