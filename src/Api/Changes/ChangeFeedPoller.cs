namespace PartyOrg.Api.Changes;

/// <summary>
/// Reads the log head every <see cref="ChangeFeedOptions.PollSeconds"/> while anyone subscribes, and
/// at once when asked to (a Redis message), and advances the feed. This is what makes a wake-up that
/// never came (Redis down, a message lost) cost a delay rather than an event.
/// </summary>
public sealed class ChangeFeedPoller(ChangeFeed feed, ChangeLogReader reader, ChangeFeedOptions options, ILogger<ChangeFeedPoller> logger)
    : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            while (true)
            {
                var requested = await feed.RefreshRequested.WaitAsync(options.PollInterval, stoppingToken);
                if (requested || feed.SubscriberCount > 0)
                {
                    await RefreshAsync(stoppingToken);
                }
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
    }

    private async Task RefreshAsync(CancellationToken cancellationToken)
    {
        try
        {
            feed.Advance(await reader.HeadAsync(cancellationToken));
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // The next tick tries again; subscribers only wait longer.
            logger.HeadReadFailed(e);
        }
    }
}
