using System.Threading.Channels;
using GraphQL;
using GraphQL.Transport;
using PartyOrg.Api.Changes;
using PartyOrg.Api.Security;
using PartyOrg.Api.Security.Webhooks;
using PartyOrg.Api.Transport.Streaming;
using PartyOrg.Domain.Webhooks;

namespace PartyOrg.Api.Transport.Webhooks;

/// <summary>
/// Delivers one leased webhook: runs its subscription through the one <see cref="GraphQLExecution"/> as the key that
/// registered it, resumed after the webhook's cursor, and POSTs each result in order, retrying an event until it is
/// answered 2xx or the retry horizon passes. Returns when the lease is lost, the webhook disabled, or its queue overflows
/// (the dispatcher starts it again from the cursor, so nothing is held in memory beyond the queue).
/// </summary>
public sealed class WebhookRunner(
    GraphQLExecution execution, KeyAuthenticator authenticator, IGraphQLTextSerializer serializer, WebhookStore store, WebhookSender sender,
    WebhookOptions options, IServiceScopeFactory scopes, TimeProvider clock)
{
    private const int QueueLength = 1000;

    public async Task RunAsync(Webhook webhook, string owner, CancellationToken cancellationToken)
    {
        var authentication = await authenticator.FromKeyIdAsync(webhook.ApiKeyId, cancellationToken);
        if (authentication.Caller is not { } caller)
        {
            await store.DisableAsync(webhook.Id, authentication.Refusal!, cancellationToken);
            return;
        }

        await using var scope = scopes.CreateAsyncScope();
        var positions = new StreamPositions { ResumeAfter = webhook.Cursor };
        var request = new GraphQLRequest { Query = webhook.Query, Variables = webhook.Variables is null ? null : serializer.Deserialize<Inputs>(webhook.Variables) };
        var result = await execution.ExecuteAsync(new ExecutionRequest(request, caller, scope.ServiceProvider, cancellationToken)
        {
            CanStream = true,
            UserContext = new Dictionary<string, object?>(StringComparer.Ordinal) { [StreamPositions.UserContextKey] = positions },
        });
        if (!result.Executed || result.Streams?.Values.FirstOrDefault(s => s is not null) is not { } stream)
        {
            var why = string.Join(" ", result.Errors?.Select(e => e.Message) ?? []);
            await store.DisableAsync(webhook.Id, $"The subscription no longer runs: {why}", cancellationToken);
            return;
        }

        var queue = Channel.CreateBounded<StreamItem>(new BoundedChannelOptions(QueueLength) { SingleReader = true });
        using var subscription = stream.Subscribe(new StreamQueueObserver(queue.Writer, positions));
        await DeliverAllAsync(webhook, caller, owner, queue.Reader, cancellationToken);
    }

    /// <summary>
    /// Delivers until the lease is lost, the webhook disabled or the queue closed. Before each event (and while idle) the
    /// key is checked again (cached per Security:KeyCacheSeconds): a key revoked or expired since the start disables its
    /// webhook with the reason, so nothing more is sent on its behalf.
    /// </summary>
    private async Task DeliverAllAsync(Webhook webhook, Caller caller, string owner, ChannelReader<StreamItem> queue, CancellationToken cancellationToken)
    {
        var attempts = new AttemptNumbers(count => store.ReserveAttemptsAsync(webhook.Id, owner, count, LeaseEnd(), cancellationToken));
        var delivered = new DeliveredEvents(store, owner, LeaseEnd, clock, TimeSpan.FromSeconds(options.LeaseSeconds / 6.0));
        await DeliverQueueAsync(webhook, caller, owner, queue, attempts, delivered, cancellationToken);

        // What was answered 2xx is recorded whatever ended the run. After a crash or a failed write it is not, and the
        // next owner sends those events again under the same ids, as at-least-once delivery allows.
        await delivered.FlushAsync(cancellationToken);
    }

    private async Task DeliverQueueAsync(Webhook webhook, Caller caller, string owner, ChannelReader<StreamItem> queue, AttemptNumbers attempts,
        DeliveredEvents delivered, CancellationToken cancellationToken)
    {
        while (true)
        {
            using var idle = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            idle.CancelAfter(TimeSpan.FromSeconds(options.LeaseSeconds / 3));
            bool more;
            try
            {
                more = await queue.WaitToReadAsync(idle.Token);
            }
            catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
            {
                if (await KeyRefusedAsync(webhook, caller, delivered, cancellationToken) || !await RenewAsync(webhook.Id, owner, cancellationToken))
                {
                    return;
                }

                continue;
            }

            while (more && queue.TryRead(out var item))
            {
                if (item.Kind != StreamItemKind.Next || item.Id is not { } id || await KeyRefusedAsync(webhook, caller, delivered, cancellationToken)
                    || !await DeliverAsync(webhook, owner, attempts, id, serializer.Serialize(item.Result!), delivered, cancellationToken))
                {
                    return;
                }

                // Group commit: while more events are ready, their records wait for one transaction (bounded in count
                // and age, so the lease is renewed in time); an idle queue writes at once.
                if ((!queue.TryPeek(out _) || delivered.Full) && !await delivered.FlushAsync(cancellationToken))
                {
                    return;
                }
            }

            if (!more)
            {
                return;
            }
        }
    }

    /// <summary>True (and the webhook disabled with the reason) when the key it acts as is no longer valid.</summary>
    private async Task<bool> KeyRefusedAsync(Webhook webhook, Caller caller, DeliveredEvents delivered, CancellationToken cancellationToken)
    {
        if (await authenticator.RefusalSinceAsync(caller, cancellationToken) is not { } refusal)
        {
            return false;
        }

        await delivered.FlushAsync(cancellationToken);
        await store.DisableAsync(webhook.Id, refusal, cancellationToken);
        return true;
    }

    /// <summary>Sends one event until it is delivered (true) or the lease is lost or the webhook disabled (false).</summary>
    private async Task<bool> DeliverAsync(Webhook webhook, string owner, AttemptNumbers attempts, StreamEventId id, string body, DeliveredEvents delivered,
        CancellationToken cancellationToken)
    {
        while (true)
        {
            if (await attempts.NextAsync(cancellationToken) is not { } attempt)
            {
                return false;
            }

            var now = clock.GetUtcNow();
            var answer = await sender.SendAsync(webhook.Url, id.Text, webhook.Secret, body, now, cancellationToken);
            var delivery = new WebhookDelivery
            {
                WebhookId = webhook.Id, MessageId = id.Text, Position = id.Position, Attempt = attempt, AttemptedAt = now,
                StatusCode = answer.StatusCode, Succeeded = answer.Succeeded, LatencyMilliseconds = answer.LatencyMilliseconds, Error = answer.Error,
            };
            if (answer.Succeeded)
            {
                delivered.Add(delivery);
                return true;
            }

            // The events delivered before this one are recorded first, so the cursor never passes an undelivered event.
            if (!await delivered.FlushAsync(cancellationToken))
            {
                return false;
            }

            await store.RecordAsync(delivery, cancellationToken);
            if (await store.FailedAsync(webhook.Id, owner, now, cancellationToken) is not { } state)
            {
                return false;
            }

            if (now - state.FailingSince!.Value > TimeSpan.FromMinutes(options.RetryHorizonMinutes))
            {
                await store.DisableAsync(webhook.Id, $"Event {id.Text} was not delivered within {options.RetryHorizonMinutes} minutes; last attempt: {answer.Error}", cancellationToken);
                return false;
            }

            if (!await WaitAsync(webhook.Id, owner, Backoff(state.FailedAttempts), cancellationToken))
            {
                return false;
            }
        }
    }

    /// <summary>Exponential backoff with up to 20% jitter, so receivers coming back are not hit by every webhook at once.</summary>
    private TimeSpan Backoff(int failures)
    {
        var seconds = Math.Min(options.FirstRetrySeconds * Math.Pow(2, Math.Min(failures - 1, 30)), options.MaxRetrySeconds);
        return TimeSpan.FromSeconds(seconds * (1 + (Random.Shared.NextDouble() * 0.2)));
    }

    /// <summary>Waits, renewing the lease meanwhile; false when it was lost.</summary>
    private async Task<bool> WaitAsync(long id, string owner, TimeSpan delay, CancellationToken cancellationToken)
    {
        var step = TimeSpan.FromSeconds(options.LeaseSeconds / 3);
        for (var left = delay; left > TimeSpan.Zero; left -= step)
        {
            await Task.Delay(left < step ? left : step, clock, cancellationToken);
            if (!await RenewAsync(id, owner, cancellationToken))
            {
                return false;
            }
        }

        return true;
    }

    private Task<bool> RenewAsync(long id, string owner, CancellationToken cancellationToken) =>
        store.LeaseAsync(id, owner, clock.GetUtcNow().ToUnixTimeMilliseconds(), LeaseEnd(), cancellationToken);

    private long LeaseEnd() => clock.GetUtcNow().AddSeconds(options.LeaseSeconds).ToUnixTimeMilliseconds();
}
