using System.Collections.Concurrent;
using PartyOrg.Api.Security.Webhooks;

namespace PartyOrg.Api.Transport.Webhooks;

/// <summary>
/// Every instance runs one: every Webhooks:PollSeconds it leases the enabled webhooks no instance holds and starts a
/// <see cref="WebhookRunner"/> for each, so the webhooks spread over the instances and one that stops (or crashes) has
/// its webhooks taken over once its leases run out, from the cursor it stored. Every Webhooks:PruneSeconds it also deletes
/// delivery attempts past the retention (Webhooks:KeepDeliveryDays, Webhooks:KeepDeliveriesPerWebhook), so the history
/// stays bounded however long webhooks run.
/// </summary>
public sealed class WebhookDispatcher(WebhookStore store, WebhookRunner runner, WebhookOptions options, TimeProvider clock, ILogger<WebhookDispatcher> logger)
    : BackgroundService
{
    private const int PruneScanLimit = 5_000;

    private readonly ConcurrentDictionary<long, Task> _running = new();
    private DateTimeOffset _nextPrune;

    /// <summary>This instance's name in the leases.</summary>
    public string Owner { get; } = $"{Environment.MachineName}:{Environment.ProcessId}:{Guid.NewGuid():N}";

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.Deliver)
        {
            return;
        }

        try
        {
            while (!stoppingToken.IsCancellationRequested)
            {
                await StartDueAsync(stoppingToken);
                await PruneWhenDueAsync(stoppingToken);
                await Task.Delay(TimeSpan.FromSeconds(options.PollSeconds), clock, stoppingToken);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
        finally
        {
            await Task.WhenAll(_running.Values);
        }
    }

    private async Task StartDueAsync(CancellationToken stoppingToken)
    {
        try
        {
            var now = clock.GetUtcNow();
            foreach (var id in await store.UnleasedAsync(Owner, now.ToUnixTimeMilliseconds(), stoppingToken))
            {
                if (!_running.ContainsKey(id) && await store.LeaseAsync(id, Owner, now.ToUnixTimeMilliseconds(), now.AddSeconds(options.LeaseSeconds).ToUnixTimeMilliseconds(), stoppingToken))
                {
                    _running[id] = RunAsync(id, stoppingToken);
                }
            }
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            logger.WebhookPollFailed(e);
        }
    }

    private async Task PruneWhenDueAsync(CancellationToken stoppingToken)
    {
        var now = clock.GetUtcNow();
        if (now < _nextPrune)
        {
            return;
        }

        _nextPrune = now.AddSeconds(options.PruneSeconds);
        try
        {
            var deleted = await store.PruneAsync(options.KeepDeliveriesPerWebhook, now.AddDays(-options.KeepDeliveryDays), PruneScanLimit, stoppingToken);
            if (deleted > 0)
            {
                logger.DeliveriesPruned(deleted);
            }
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            logger.WebhookPruneFailed(e);
        }
    }

    private async Task RunAsync(long id, CancellationToken stoppingToken)
    {
        await Task.Yield();
        try
        {
            if (await store.FindAsync(id, stoppingToken) is { Enabled: true } webhook)
            {
                await runner.RunAsync(webhook, Owner, stoppingToken);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
        catch (Exception e)
        {
            logger.WebhookRunFailed(e, id);
        }
        finally
        {
            _running.TryRemove(id, out _);
            await store.ReleaseAsync(id, Owner, CancellationToken.None);
        }
    }
}

internal static partial class WebhookLog
{
    [LoggerMessage(Level = LogLevel.Warning, Message = "Looking for webhooks to deliver failed; trying again at the next poll.")]
    public static partial void WebhookPollFailed(this ILogger logger, Exception exception);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Delivering webhook {Id} stopped with an error; it is picked up again from its cursor.")]
    public static partial void WebhookRunFailed(this ILogger logger, Exception exception, long id);

    [LoggerMessage(Level = LogLevel.Information, Message = "Deleted {Count} webhook delivery attempts past their retention.")]
    public static partial void DeliveriesPruned(this ILogger logger, int count);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Deleting old webhook delivery attempts failed; trying again at the next prune.")]
    public static partial void WebhookPruneFailed(this ILogger logger, Exception exception);
}
