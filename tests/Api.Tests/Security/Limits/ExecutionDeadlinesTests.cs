using System.Diagnostics;
using PartyOrg.Api.Limits;
using PartyOrg.Api.Security;
using PartyOrg.Api.Tests.Support;

namespace PartyOrg.Api.Tests.Security.Limits;

/// <summary>The shared deadlines behind the execution timeout: one cancellation per slot of a sixteenth of the timeout.</summary>
public sealed class ExecutionDeadlinesTests
{
    private static ExecutionDeadlines For(TimeSpan timeout, TimeProvider clock) =>
        new(new SecurityOptions { Limits = new RequestLimits { ExecutionTimeout = timeout } }, clock);

    [Fact]
    public void Requests_starting_within_one_slot_share_a_deadline_and_the_next_slot_has_its_own()
    {
        var clock = new ManualClock(DateTimeOffset.UtcNow);
        var deadlines = For(TimeSpan.FromSeconds(8), clock);

        var first = deadlines.Start();
        clock.Advance(TimeSpan.FromMilliseconds(499));
        var sameSlot = deadlines.Start();
        clock.Advance(TimeSpan.FromMilliseconds(1));
        var nextSlot = deadlines.Start();

        Assert.Equal(first, sameSlot);
        Assert.NotEqual(first, nextSlot);
        Assert.False(first.IsCancellationRequested);
    }

    [Fact]
    public void A_slot_is_never_longer_than_a_second()
    {
        var clock = new ManualClock(DateTimeOffset.UtcNow);
        var deadlines = For(TimeSpan.FromMinutes(10), clock);

        var first = deadlines.Start();
        clock.Advance(TimeSpan.FromSeconds(1));

        Assert.NotEqual(first, deadlines.Start());
    }

    [Fact]
    public async Task A_deadline_fires_no_sooner_than_the_timeout()
    {
        var deadlines = For(TimeSpan.FromMilliseconds(80), TimeProvider.System);
        var clock = Stopwatch.StartNew();

        var token = deadlines.Start();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => Task.Delay(GraphQLSocket.Patience, token));

        Assert.True(clock.Elapsed >= TimeSpan.FromMilliseconds(80), $"Cancelled after {clock.Elapsed.TotalMilliseconds} ms.");
    }
}
