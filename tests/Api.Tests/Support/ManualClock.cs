namespace PartyOrg.Api.Tests.Support;

/// <summary>A clock that stands still until a test moves it, so what depends on elapsed time does not depend on the machine's speed.</summary>
public sealed class ManualClock(DateTimeOffset now) : TimeProvider
{
    private long _ticks = now.UtcTicks;

    public override DateTimeOffset GetUtcNow() => new(Interlocked.Read(ref _ticks), TimeSpan.Zero);

    public void Advance(TimeSpan by) => Interlocked.Add(ref _ticks, by.Ticks);
}
