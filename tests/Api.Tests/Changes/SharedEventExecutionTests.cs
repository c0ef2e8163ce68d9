using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using PartyOrg.Api.Schema;
using PartyOrg.Api.Tests.Support;
using PartyOrg.Domain.Security;

namespace PartyOrg.Api.Tests.Changes;

/// <summary>A host of its own, so the strategy's counts are this class's subscribers' alone.</summary>
public sealed class SharedEventApi : ChangesApi;

/// <summary>
/// Subscribers asking the same thing of the same event share one execution of their selection set; anything that
/// could change the answer (variables, the key) keeps them apart.
/// </summary>
public sealed class SharedEventExecutionTests(SharedEventApi api) : IClassFixture<SharedEventApi>
{
    private const string Changes = "subscription($scope: String!) { changes(scope: $scope) { position kind subjectId village { code name } } }";

    private SharedEventExecution Strategy => api.Services.GetRequiredService<SharedEventExecution>();

    [Fact]
    public async Task Three_subscribers_with_the_same_document_and_variables_cost_one_execution_and_a_fourth_with_other_variables_one_more()
    {
        var branch = await api.NextBranchAsync();
        await using var first = await GraphQLSocket.ConnectAsync(api);
        await using var second = await GraphQLSocket.ConnectAsync(api);
        await using var third = await GraphQLSocket.ConnectAsync(api);
        await using var other = await GraphQLSocket.ConnectAsync(api);
        var before = FeedSubscribers.Count(api);
        await first.SubscribeAsync("1", Changes, new { scope = branch.VillageCode });
        await second.SubscribeAsync("1", Changes, new { scope = branch.VillageCode });
        await third.SubscribeAsync("1", Changes, new { scope = branch.VillageCode });
        await other.SubscribeAsync("1", Changes, new { scope = branch.LeagueCode });
        await FeedSubscribers.WaitForAsync(api, before + 4);
        var (executions, shared) = (Strategy.Executions, Strategy.Shared);

        var member = await api.AdmitAsync(branch);

        var received = new List<string>();
        foreach (var socket in new[] { first, second, third, other })
        {
            var change = (await socket.NextAsync("1", 1))[0].GetProperty("changes");
            Assert.Equal(member.Id, change.GetProperty("subjectId").GetString());
            Assert.Equal(branch.VillageCode, change.GetProperty("village").GetProperty("code").GetString());
            received.Add(JsonSerializer.Serialize(change));
        }

        Assert.Single(received.Distinct(StringComparer.Ordinal));
        Assert.Equal((2L, 2L), (Strategy.Executions - executions, Strategy.Shared - shared));
    }

    [Fact]
    public async Task Subscribers_with_different_keys_each_execute_for_themselves()
    {
        var branch = await api.NextBranchAsync();
        var keys = api.Services.GetRequiredService<ApiKeys>();
        var (_, one) = await keys.CreateAsync("partner one", Role.Partner, branch.LeagueCode, null, CancellationToken.None);
        var (_, two) = await keys.CreateAsync("partner two", Role.Partner, branch.LeagueCode, null, CancellationToken.None);
        await using var first = await GraphQLSocket.ConnectWithKeyAsync(api, one);
        await using var second = await GraphQLSocket.ConnectWithKeyAsync(api, two);
        var before = FeedSubscribers.Count(api);
        await first.SubscribeAsync("1", Changes, new { scope = branch.VillageCode });
        await second.SubscribeAsync("1", Changes, new { scope = branch.VillageCode });
        await FeedSubscribers.WaitForAsync(api, before + 2);
        var (executions, shared) = (Strategy.Executions, Strategy.Shared);

        await api.AdmitAsync(branch);

        foreach (var socket in new[] { first, second })
        {
            var change = (await socket.NextAsync("1", 1))[0].GetProperty("changes");
            Assert.Equal(branch.VillageCode, change.GetProperty("village").GetProperty("code").GetString());
        }

        Assert.Equal((2L, 0L), (Strategy.Executions - executions, Strategy.Shared - shared));
    }
}
