using System.Text;
using System.Text.Json;
using PartyOrg.Api.Tests.Support;

namespace PartyOrg.Api.Tests.Schema.Changes;

/// <summary>
/// Global IDs in mutation inputs are decoded when the mutation runs: a malformed one, or one of another type, is refused
/// with INVALID_NODE_ID on the mutation's path, the first bad ID in the input's field order winning, and nothing runs.
/// </summary>
public sealed class MutationIdTests(ApiFactory api) : IClassFixture<ApiFactory>
{
    private static string Base64(string text) => Convert.ToBase64String(Encoding.UTF8.GetBytes(text));

    [Fact]
    public async Task A_branch_id_that_is_not_base64_has_an_invalid_format()
    {
        var error = await RefusedAsync("admitMember", "AdmitMemberInput", new
        {
            branchId = "not base64!", name = "乌云", gender = "FEMALE", ethnicity = "MONGOL", birthDate = "1990-01-01", joinedOn = "2025-01-01",
            education = "BACHELOR", occupation = "WORKER",
        });

        Assert.Equal(("INVALID_NODE_ID", "The ID 'not base64!' has an invalid format.", "not base64!"), error);
    }

    [Fact]
    public async Task A_member_id_where_a_branch_id_belongs_is_not_the_id_of_a_branch()
    {
        var error = await RefusedAsync("transferMember", "TransferMemberInput", new { memberId = Base64("Member:1"), version = 0, toBranchId = Base64("Member:2") });

        Assert.Equal(("INVALID_NODE_ID", $"The ID '{Base64("Member:2")}' is not the ID of a Branch.", Base64("Member:2")), error);
    }

    [Fact]
    public async Task Of_two_bad_ids_the_first_in_the_input_is_named()
    {
        var error = await RefusedAsync("appointSecretary", "AppointSecretaryInput", new { branchId = Base64("Branch:x"), version = 0, memberId = "bad!" });

        Assert.Equal(("INVALID_NODE_ID", $"The ID '{Base64("Branch:x")}' is not the ID of a Branch.", Base64("Branch:x")), error);
    }

    [Fact]
    public async Task An_optional_update_with_a_bad_member_id_is_refused_before_anything_is_read()
    {
        var error = await RefusedAsync("updateMember", "UpdateMemberInput", new { memberId = Base64("Branch:1"), version = 0 });

        Assert.Equal(("INVALID_NODE_ID", $"The ID '{Base64("Branch:1")}' is not the ID of a Member.", Base64("Branch:1")), error);
    }

    [Fact]
    public async Task A_number_given_as_an_id_has_an_invalid_format()
    {
        var error = await RefusedAsync("confirmMember", "ConfirmMemberInput", new { memberId = 12, version = 0, confirmedOn = "2025-01-01" });

        Assert.Equal(("INVALID_NODE_ID", "The ID '12' has an invalid format.", "12"), error);
    }

    private async Task<(string? Code, string? Message, string? Id)> RefusedAsync(string field, string inputType, object input)
    {
        var body = await api.QueryAsync($"mutation($input: {inputType}!) {{ {field}(input: $input) {{ errors {{ __typename }} }} }}", new { input });

        // The payload is non-null, so the refusal nulls the whole of data.
        Assert.Equal(JsonValueKind.Null, body.GetProperty("data").ValueKind);
        var error = Assert.Single(body.GetProperty("errors").EnumerateArray());
        Assert.Equal([field], error.GetProperty("path").EnumerateArray().Select(p => p.GetString()));
        var extensions = error.GetProperty("extensions");
        return (extensions.GetProperty("code").GetString(), error.GetProperty("message").GetString(), extensions.GetProperty("id").GetString());
    }
}
