namespace PartyOrg.Api.Transport.Webhooks;

/// <summary>Attempt numbers handed out from blocks reserved under the lease (<see cref="WebhookStore.ReserveAttemptsAsync"/>).</summary>
internal sealed class AttemptNumbers(Func<int, Task<long?>> reserve)
{
    private const int Block = 100;

    private long _next;
    private long _end;

    /// <summary>The next number, or null when the lease is lost.</summary>
    public async Task<long?> NextAsync(CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        if (_next >= _end)
        {
            if (await reserve(Block) is not { } first)
            {
                return null;
            }

            (_next, _end) = (first, first + Block);
        }

        return _next++;
    }
}
