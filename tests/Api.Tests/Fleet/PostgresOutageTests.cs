using System.Collections.Concurrent;
using System.Net;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using PartyOrg.Api.Schema.Common;
using PartyOrg.Api.Tests.Support;

namespace PartyOrg.Api.Tests.Fleet;

/// <summary>
/// The PostgreSQL server stops under load and starts again, under running instances: requests meanwhile get a coded
/// error at once, and afterwards everything works again without restarting an instance, nothing acknowledged is lost
/// and subscribers get every event once. It stops the machine's one cluster, so its collection runs alone.
/// </summary>
[Collection(PostgresRestartCollection.Name)]
public sealed class PostgresOutageTests(TwoInstanceFleet fleet) : IClassFixture<TwoInstanceFleet>
{
    private const string Prefix = "断库党员";
    private const string Query = "{ region { stats { memberCount } } }";
    private static readonly string[] CodedRefusals = ["200 DATABASE_UNAVAILABLE", "503 DATABASE_UNAVAILABLE"];

    [PostgresFact]
    public async Task Requests_during_a_restart_fail_fast_with_a_code_and_everything_recovers_without_an_instance_restart()
    {
        Assert.Equal("PostgreSQL", fleet.Database.Provider);
        var from = await fleet.HeadAsync();
        var subscribers = fleet.Instances.Select(i => new ResumingSubscriber(i, fleet.AdminKey, from)).ToList();
        subscribers.ForEach(s => s.Start());
        var acknowledged = new ConcurrentBag<string>();
        var refusals = new ConcurrentBag<string>();
        var branches = await fleet.BranchIdsAsync(4);
        using var stopLoad = new CancellationTokenSource();
        var sequence = 0;

        // Mutations through both instances, back to back, before, during and after the outage.
        var load = branches.Select((branch, w) => Task.Run(async () =>
        {
            var instance = fleet.Instances[w % fleet.Instances.Count];
            while (!stopLoad.IsCancellationRequested)
            {
                var (status, body) = await instance.PostAsync(fleet.AdminKey, FleetMutations.Admit, FleetMutations.AdmitVariables(branch, $"{Prefix}{Interlocked.Increment(ref sequence)}"));
                if (Member(body) is { } member)
                {
                    acknowledged.Add(member);
                }
                else
                {
                    refusals.Add($"{(int)status} {Code(body) ?? body.ToString()}");
                    await Task.Delay(100);
                }
            }
        })).ToList();

        await WaitForAsync(() => acknowledged.Count >= 10, "ten mutations acknowledged before the outage", refusals);
        await PostgresCluster.StopAsync();
        try
        {
            foreach (var instance in fleet.Instances)
            {
                using var ready = await instance.Client(key: null).GetAsync(new Uri("/health/ready", UriKind.Relative));
                Assert.Equal(HttpStatusCode.ServiceUnavailable, ready.StatusCode);
                await AssertUnavailableAsync(instance, Query, null);
                await AssertUnavailableAsync(instance, FleetMutations.Admit, FleetMutations.AdmitVariables(branches[0], Prefix + "outage"));
            }
        }
        finally
        {
            await PostgresCluster.StartAsync();

            // The test's own pooled connections died with the server; the instances find that out themselves.
            Npgsql.NpgsqlConnection.ClearAllPools();
        }

        foreach (var instance in fleet.Instances)
        {
            await instance.WaitUntilReadyAsync();
            await instance.QueryAsync(fleet.AdminKey, Query);
        }

        var before = acknowledged.Count;
        await WaitForAsync(() => acknowledged.Count >= before + 10, "ten more mutations acknowledged after the outage", refusals);
        await stopLoad.CancelAsync();
        await Task.WhenAll(load);

        // Every failure was the coded one (or the 503 of a key check that met the outage), never a stack trace.
        Assert.All(refusals, r => Assert.Contains(r, CodedRefusals));
        var events = await FleetChecks.AssertLogContiguousAsync(fleet.Database, from);
        await using (var db = fleet.Database.Open())
        {
            var members = await db.Members.AsNoTracking().Where(m => m.Name.StartsWith(Prefix)).Select(m => m.Id).ToListAsync();
            Assert.Subset(members.Select(id => NodeId.Encode("Member", id)).ToHashSet(), acknowledged.ToHashSet());
            Assert.Equal(events.Count, members.Count);
        }

        var head = await fleet.HeadAsync();
        var expected = Enumerable.Range(1, (int)(head - from)).Select(n => from + n).ToList();
        foreach (var subscriber in subscribers)
        {
            Assert.Equal(expected, await subscriber.ReceiveUpToAsync(head, TimeSpan.FromSeconds(60)));
            await subscriber.DisposeAsync();
        }
    }

    /// <summary>Waits (at most two minutes: a loaded machine is slow) for the load to get somewhere; fails with what it was refused.</summary>
    private static async Task WaitForAsync(Func<bool> condition, string what, ConcurrentBag<string> refusals)
    {
        var deadline = DateTime.UtcNow + TimeSpan.FromMinutes(2);
        while (!condition())
        {
            Assert.True(DateTime.UtcNow < deadline, $"No {what} within two minutes; refusals: {string.Join(" | ", refusals.Take(5))}");
            await Task.Delay(100);
        }
    }

    /// <summary>While the server is down a request is answered (not left hanging) with DATABASE_UNAVAILABLE and no exception detail.</summary>
    private async Task AssertUnavailableAsync(ApiProcess instance, string query, object? variables)
    {
        using var patience = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        var (status, body) = await instance.PostAsync(fleet.AdminKey, query, variables, patience.Token);
        Assert.True(status is HttpStatusCode.OK or HttpStatusCode.ServiceUnavailable, $"{instance.Name}: {(int)status} {body}");
        Assert.Equal("DATABASE_UNAVAILABLE", Code(body));
        Assert.DoesNotContain("   at ", body.GetRawText(), StringComparison.Ordinal);
    }

    private static string? Member(JsonElement body) =>
        body.TryGetProperty("data", out var data) && data.ValueKind == JsonValueKind.Object
        && data.GetProperty("admitMember") is { ValueKind: JsonValueKind.Object } payload && payload.GetProperty("member") is { ValueKind: JsonValueKind.Object } member
            ? member.GetProperty("id").GetString()
            : null;

    private static string? Code(JsonElement body) =>
        body.TryGetProperty("errors", out var errors) && errors.GetArrayLength() > 0 ? body.FirstErrorCode() : null;
}

/// <summary>Two instances are enough to see both resume.</summary>
public sealed class TwoInstanceFleet : ApiFleet
{
    protected override int InstanceCount => 2;
}

[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class PostgresRestartCollection
{
    /// <summary>Runs after every parallel collection, alone: a server restart would fail any other test on PostgreSQL.</summary>
    public const string Name = "PostgreSQL restarts";
}
