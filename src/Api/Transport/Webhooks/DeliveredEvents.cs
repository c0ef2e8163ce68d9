using PartyOrg.Domain.Webhooks;

namespace PartyOrg.Api.Transport.Webhooks;

/// <summary>
/// Deliveries answered 2xx whose records (attempt rows, the cursor, the lease) are written together: at most
/// <see cref="MaxPending"/> of them, and none older than the given age, so the lease is renewed well before it ends.
/// </summary>
public sealed class DeliveredEvents(WebhookStore store, string owner, Func<long> leaseEnd, TimeProvider clock, TimeSpan maxAge)
{
    public const int MaxPending = 50;

    private readonly List<WebhookDelivery> _pending = [];
    private DateTimeOffset _oldest;

    public bool Full => _pending.Count >= MaxPending || (_pending.Count > 0 && clock.GetUtcNow() - _oldest >= maxAge);

    public void Add(WebhookDelivery delivery)
    {
        if (_pending.Count == 0)
        {
            _oldest = clock.GetUtcNow();
        }

        _pending.Add(delivery);
    }

    /// <summary>Writes what is pending in one transaction; false when the lease was lost.</summary>
    public async Task<bool> FlushAsync(CancellationToken cancellationToken)
    {
        if (_pending.Count == 0)
        {
            return true;
        }

        WebhookDelivery[] deliveries = [.. _pending];
        _pending.Clear();
        return await store.DeliveredAsync(deliveries, owner, leaseEnd(), cancellationToken);
    }
}
