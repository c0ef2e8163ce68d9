using System.Text.Json;
using PartyOrg.Api.Tests.Support;

namespace PartyOrg.Api.Tests.Schema.Changes;

/// <summary>
/// Edits that race on one version: one wins, every other gets its typed conflict and changes nothing.
/// Runs on each database the suite runs on (on PostgreSQL the edits truly overlap in separate sessions).
/// </summary>
public sealed class ConcurrentEditTests(ApiFactory api) : IClassFixture<ApiFactory>
{
    private const string Update = """
        mutation($input: UpdateMemberInput!) {
          updateMember(input: $input) {
            member { name version }
            errors { __typename ... on ConcurrencyConflictError { code field } }
          }
        }
        """;

    [Fact]
    public async Task Concurrent_edits_of_one_version_let_one_win_and_refuse_the_rest_with_a_conflict()
    {
        var body = await api.QueryAsync("{ members(first: 1, order: [{ name: DESC }]) { nodes { id version } } }");
        var member = body.GetProperty("data").GetProperty("members").GetProperty("nodes")[0];
        var (id, version) = (member.GetProperty("id").GetString(), member.GetProperty("version").GetInt32());
        string[] names = ["并发甲", "并发乙", "并发丙", "并发丁", "并发戊", "并发己"];

        var payloads = await Task.WhenAll(names.Select(async name =>
        {
            var response = await api.QueryAsync(Update, new { input = new { memberId = id, version, name } });
            Assert.False(response.TryGetProperty("errors", out var errors), errors.ToString());
            return (Name: name, Payload: response.GetProperty("data").GetProperty("updateMember"));
        }));

        var winner = Assert.Single(payloads, p => p.Payload.GetProperty("member").ValueKind == JsonValueKind.Object);
        Assert.Equal((winner.Name, version + 1), (winner.Payload.GetProperty("member").GetProperty("name").GetString(), winner.Payload.GetProperty("member").GetProperty("version").GetInt32()));
        foreach (var payload in payloads.Where(p => p.Name != winner.Name).Select(p => p.Payload))
        {
            Assert.Equal(JsonValueKind.Null, payload.GetProperty("member").ValueKind);
            var error = Assert.Single(payload.GetProperty("errors").EnumerateArray());
            Assert.Equal(("ConcurrencyConflictError", "CONCURRENCY_CONFLICT", "version"),
                (error.GetProperty("__typename").GetString(), error.GetProperty("code").GetString(), error.GetProperty("field").GetString()));
        }

        var stored = (await api.QueryAsync("query($id: ID!) { node(id: $id) { ... on Member { name version } } }", new { id }))
            .GetProperty("data").GetProperty("node");
        Assert.Equal((winner.Name, version + 1), (stored.GetProperty("name").GetString(), stored.GetProperty("version").GetInt32()));
    }
}
