using System.Collections.Concurrent;
using Microsoft.EntityFrameworkCore;
using PartyOrg.Api.Schema.Common;
using PartyOrg.Domain.Changes;

namespace PartyOrg.Api.Tests.Fleet;

/// <summary>An instance killed (SIGKILL) in the middle of many concurrent mutations leaves no trace of a half-done change.</summary>
[Collection(FleetCollection.Name)]
public sealed class MutationStormKillTests(ApiFleet fleet) : IClassFixture<ApiFleet>
{
    private const string Prefix = "风暴党员";
    private const int Concurrency = 8;
    private const int AnsweredBeforeTheKill = 24;

    [Fact]
    public async Task After_a_kill_during_a_mutation_storm_and_a_restart_every_change_is_whole()
    {
        var victim = fleet.Instances[0];
        var from = await fleet.HeadAsync();
        var branches = await fleet.BranchIdsAsync(Concurrency);
        var acknowledged = new ConcurrentBag<string>();
        var answered = 0;
        var killed = new TaskCompletionSource();
        var sequence = 0;

        // Workers send mutations back to back until the process dies under them.
        var workers = Enumerable.Range(0, Concurrency).Select(w => Task.Run(async () =>
        {
            while (!killed.Task.IsCompleted)
            {
                var name = $"{Prefix}{Interlocked.Increment(ref sequence)}";
                try
                {
                    acknowledged.Add(await victim.AdmitAsync(fleet.AdminKey, branches[w], name));
                    Interlocked.Increment(ref answered);
                }
                catch (HttpRequestException)
                {
                    // The connection died with the process: the change committed entirely or not at all.
                }
                catch (TaskCanceledException)
                {
                }
            }
        })).ToList();

        while (Volatile.Read(ref answered) < AnsweredBeforeTheKill)
        {
            Assert.True(workers.All(w => !w.IsCompleted), "A worker stopped before the kill: " + string.Join("; ", workers.Where(w => w.IsFaulted).Select(w => w.Exception!.InnerException!.Message)));
            await Task.Delay(20);
        }

        await victim.KillAsync();
        killed.SetResult();
        await Task.WhenAll(workers);
        await victim.StartAsync();
        acknowledged.Add(await victim.AdmitAsync(fleet.AdminKey, branches[0], $"{Prefix}after"));

        var events = await FleetChecks.AssertLogContiguousAsync(fleet.Database, from);
        await using (var db = fleet.Database.Open())
        {
            var members = await db.Members.AsNoTracking().Where(m => m.Name.StartsWith(Prefix)).Select(m => m.Id).ToListAsync();
            var subjects = events.Where(e => e.Kind == ChangeKind.MemberAdmitted).Select(e => e.Subject).Order(StringComparer.Ordinal);

            // Every admitted member has its event and every event its member; every answered mutation is among them.
            Assert.Equal(members.Select(id => $"Member:{id}").Order(StringComparer.Ordinal), subjects);
            Assert.Equal(events.Count, members.Count);
            Assert.Subset(members.Select(id => NodeId.Encode("Member", id)).ToHashSet(), acknowledged.ToHashSet());
            Assert.True(members.Count > AnsweredBeforeTheKill, $"{members.Count} members committed.");
        }

        await FleetChecks.AssertRollupsEqualRecomputeAsync(fleet);
    }
}
