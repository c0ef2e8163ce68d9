using System.Text.Json;
using PartyOrg.Api.Tests.Support;

namespace PartyOrg.Api.Tests.Schema.Changes;

/// <summary>Mutations over HTTP answer in Hot Chocolate's payload shape: the result or typed errors, never both.</summary>
public sealed class MutationPayloadTests(ApiFactory api) : IClassFixture<ApiFactory>
{
    private const string Errors = "errors { __typename ... on Error { message } ... on InvalidInputError { code field } ... on NotFoundError { code field } ... on ConcurrencyConflictError { code field } }";

    [Fact]
    public async Task A_committed_mutation_returns_its_result_and_null_errors()
    {
        var village = await FirstAsync("villages(first: 1, where: { kind: { eq: VILLAGE } }) { nodes { code } }", "villages");

        var payload = await MutateAsync("createBranch", "CreateBranchInput", $"branch {{ name version rating sector village {{ code }} }} {Errors}",
            new { name = "新村党支部", sector = "RURAL", villageCode = village.GetProperty("code").GetString(), foundedOn = "2020-05-01" });

        Assert.Equal(JsonValueKind.Null, payload.GetProperty("errors").ValueKind);
        var branch = payload.GetProperty("branch");
        Assert.Equal(("新村党支部", 0, "STANDARD", "RURAL"),
            (branch.GetProperty("name").GetString(), branch.GetProperty("version").GetInt32(), branch.GetProperty("rating").GetString(), branch.GetProperty("sector").GetString()));
        Assert.Equal(village.GetProperty("code").GetString(), branch.GetProperty("village").GetProperty("code").GetString());
    }

    [Fact]
    public async Task A_refused_mutation_returns_a_null_result_and_a_typed_error()
    {
        var branch = await FirstAsync("branches(first: 1) { nodes { id version } }", "branches");

        var payload = await MutateAsync("rateBranch", "RateBranchInput", $"branch {{ id }} {Errors}",
            new { branchId = branch.GetProperty("id").GetString(), version = branch.GetProperty("version").GetInt32(), rating = "WEAK", year = 2026 });

        Assert.Equal(JsonValueKind.Null, payload.GetProperty("branch").ValueKind);
        var error = Assert.Single(payload.GetProperty("errors").EnumerateArray());
        Assert.Equal(("InvalidInputError", "INVALID_INPUT", "rating"),
            (error.GetProperty("__typename").GetString(), error.GetProperty("code").GetString(), error.GetProperty("field").GetString()));
        Assert.Contains("listWeakBranch", error.GetProperty("message").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_stale_version_is_a_concurrency_conflict_error()
    {
        var branch = await FirstAsync("branches(first: 1) { nodes { id version members(first: 1) { nodes { id } } } }", "branches");

        var payload = await MutateAsync("appointSecretary", "AppointSecretaryInput", $"branch {{ id }} {Errors}", new
        {
            branchId = branch.GetProperty("id").GetString(),
            version = branch.GetProperty("version").GetInt32() + 1,
            memberId = branch.GetProperty("members").GetProperty("nodes")[0].GetProperty("id").GetString(),
        });

        var error = Assert.Single(payload.GetProperty("errors").EnumerateArray());
        Assert.Equal(("ConcurrencyConflictError", "CONCURRENCY_CONFLICT", "version"),
            (error.GetProperty("__typename").GetString(), error.GetProperty("code").GetString(), error.GetProperty("field").GetString()));
    }

    [Fact]
    public async Task A_missing_village_is_a_not_found_error()
    {
        var payload = await MutateAsync("updateServiceCenter", "UpdateServiceCenterInput", $"village {{ code }} {Errors}",
            new { villageCode = "150000000000", version = 0, hasServiceCenter = true, linkedOnline = true });

        Assert.Equal(JsonValueKind.Null, payload.GetProperty("village").ValueKind);
        var error = Assert.Single(payload.GetProperty("errors").EnumerateArray());
        Assert.Equal(("NotFoundError", "villageCode"), (error.GetProperty("__typename").GetString(), error.GetProperty("field").GetString()));
        Assert.Contains("150000000000", error.GetProperty("message").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Electing_a_committee_returns_the_village_with_its_new_committee_and_version()
    {
        var village = await FirstAsync("villages(first: 1, order: [{ code: DESC }]) { nodes { code facts { version } } }", "villages");
        object Member(string name, string education, bool party, bool residents, bool secretary, bool chair) => new
        {
            name, gender = "FEMALE", education, source = "OTHER", onPartyCommittee = party, onResidentsCommittee = residents, isPartySecretary = secretary, isChair = chair,
        };

        var payload = await MutateAsync("electCommittee", "ElectCommitteeInput", $"village {{ facts {{ version oneShoulder }} committee {{ name }} }} {Errors}", new
        {
            villageCode = village.GetProperty("code").GetString(),
            version = village.GetProperty("facts").GetProperty("version").GetInt32(),
            members = new[] { Member("委员甲", "JUNIOR_SECONDARY", true, true, false, false), Member("书记", "BACHELOR", true, true, true, true), Member("委员乙", "SENIOR_SECONDARY", false, true, false, false) },
        });

        Assert.Equal(JsonValueKind.Null, payload.GetProperty("errors").ValueKind);
        var facts = payload.GetProperty("village").GetProperty("facts");
        Assert.Equal((village.GetProperty("facts").GetProperty("version").GetInt32() + 1, true), (facts.GetProperty("version").GetInt32(), facts.GetProperty("oneShoulder").GetBoolean()));
        Assert.Equal(["书记", "委员甲", "委员乙"], payload.GetProperty("village").GetProperty("committee").EnumerateArray().Select(m => m.GetProperty("name").GetString()));
    }

    [Fact]
    public async Task Updating_grids_returns_the_villages_new_grids_and_workers()
    {
        var village = await FirstAsync("villages(first: 1) { nodes { code facts { version } } }", "villages");

        var payload = await MutateAsync("updateGrids", "UpdateGridsInput", $"village {{ grids {{ number households workers {{ name fullTime }} }} }} {Errors}", new
        {
            villageCode = village.GetProperty("code").GetString(),
            version = village.GetProperty("facts").GetProperty("version").GetInt32(),
            grids = new object[] { new { households = 80, workers = new object[] { new { name = "网格员甲", fullTime = true }, new { name = "网格员乙" } } } },
        });

        var grid = Assert.Single(payload.GetProperty("village").GetProperty("grids").EnumerateArray());
        Assert.Equal((1, 80), (grid.GetProperty("number").GetInt32(), grid.GetProperty("households").GetInt32()));
        Assert.Equal([("网格员甲", true), ("网格员乙", false)],
            grid.GetProperty("workers").EnumerateArray().Select(w => (w.GetProperty("name").GetString(), w.GetProperty("fullTime").GetBoolean())));
    }

    private async Task<JsonElement> FirstAsync(string selection, string field)
    {
        var body = await api.QueryAsync($"{{ {selection} }}");
        return body.GetProperty("data").GetProperty(field).GetProperty("nodes")[0];
    }

    private async Task<JsonElement> MutateAsync(string field, string inputType, string selection, object input)
    {
        var body = await api.QueryAsync($"mutation($input: {inputType}!) {{ {field}(input: $input) {{ {selection} }} }}", new { input });
        Assert.False(body.TryGetProperty("errors", out var errors), errors.ToString());
        return body.GetProperty("data").GetProperty(field);
    }
}
