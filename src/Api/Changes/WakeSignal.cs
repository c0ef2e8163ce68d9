namespace PartyOrg.Api.Changes;

/// <summary>
/// A coalescing wake-up: any number of <see cref="Set"/> calls before the waiter runs wake it once.
/// It carries no data, so a flood of commits costs a waiter nothing but one more read of the log.
/// </summary>
public sealed class WakeSignal : IDisposable
{
    private readonly SemaphoreSlim _semaphore = new(0, 1);
    private readonly Lock _gate = new();
    private bool _disposed;

    /// <summary>Wakes the waiter; harmless after disposal, since wakers may still hold a reference.</summary>
    public void Set()
    {
        lock (_gate)
        {
            if (!_disposed && _semaphore.CurrentCount == 0)
            {
                _semaphore.Release();
            }
        }
    }

    /// <summary>True when woken, false when <paramref name="timeout"/> passed first.</summary>
    public Task<bool> WaitAsync(TimeSpan timeout, CancellationToken cancellationToken) =>
        _semaphore.WaitAsync(timeout, cancellationToken);

    public void Dispose()
    {
        lock (_gate)
        {
            _disposed = true;
        }

        _semaphore.Dispose();
    }
}
