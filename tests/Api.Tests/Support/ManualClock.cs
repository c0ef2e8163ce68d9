namespace PartyOrg.Api.Tests.Support;

/// <summary>
/// A clock that stands still until a test moves it, so what depends on elapsed time does not depend on the machine's
/// speed. Its timestamps move with it; timers it creates run on real time.
/// </summary>
public sealed class ManualClock(DateTimeOffset now) : TimeProvider
{
    private long _ticks = now.UtcTicks;

    public override DateTimeOffset GetUtcNow() => new(Interlocked.Read(ref _ticks), TimeSpan.Zero);

    public override long TimestampFrequency => TimeSpan.TicksPerSecond;

    public override long GetTimestamp() => Interlocked.Read(ref _ticks);

    public void Advance(TimeSpan by) => Interlocked.Add(ref _ticks, by.Ticks);
}
