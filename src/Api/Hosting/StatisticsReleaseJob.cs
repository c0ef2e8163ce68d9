using PartyOrg.Domain.Statistics.Disclosure;

namespace PartyOrg.Api.Hosting;

/// <summary>
/// Makes a release whenever <c>Privacy:ReleaseHours</c> have passed since the latest one, on whichever
/// instance gets there first; the others find it made, announce it to their own <c>statisticsChanged</c>
/// subscribers and wait for the next. The first release is made before the service listens
/// (<see cref="DatabaseInitializer"/>).
/// </summary>
public sealed partial class StatisticsReleaseJob(StatisticsReleaser releaser, TimeProvider clock, ILogger<StatisticsReleaseJob> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                var wait = await releaser.NextDueAsync(stoppingToken) - clock.GetUtcNow();
                if (wait > TimeSpan.Zero)
                {
                    await Task.Delay(wait, clock, stoppingToken);
                }

                if (await releaser.ReleaseIfDueAsync(stoppingToken) is { } release)
                {
                    LogReleased(logger, release.Number, release.Mechanism, release.Epsilon);
                }
                else if (await releaser.LatestAsync(stoppingToken) is { } made)
                {
                    // Made by another instance: this one's statisticsChanged subscribers hear of it all the same.
                    releaser.Announce(made);
                }
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                // A failed release (database away) is retried after a minute; the previous release stays published.
                LogFailed(logger, e);
                await Task.Delay(TimeSpan.FromMinutes(1), clock, stoppingToken).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Released the protected figures as release {Number} ({Mechanism} mechanism, epsilon {Epsilon} per count).")]
    private static partial void LogReleased(ILogger logger, int number, string mechanism, double epsilon);

    [LoggerMessage(Level = LogLevel.Warning, Message = "The statistics release failed; the previous release stays published.")]
    private static partial void LogFailed(ILogger logger, Exception error);
}
