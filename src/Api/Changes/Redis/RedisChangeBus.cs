using System.Globalization;
using PartyOrg.Api.Telemetry;
using PartyOrg.Domain.Changes;
using PartyOrg.Domain.Data;
using StackExchange.Redis;

namespace PartyOrg.Api.Changes.Redis;

/// <summary>
/// Fans commits out across instances: after a commit here it publishes the last position on the
/// channel, and a message from another instance makes the local feed read the log head again. A
/// message is only a wake-up, never data, so a lost one costs at most a poll interval. When Redis is
/// down at start or drops later the instance logs it and serves on; the client reconnects by itself.
/// </summary>
public sealed class RedisChangeBus(ChangeFeed feed, ChangeFeedOptions options, ILogger<RedisChangeBus> logger, RedisTracing? tracing = null)
    : IHostedService, IChangeListener, IDisposable
{
    /// <summary>Tells this instance's own messages apart, so they wake no one twice.</summary>
    private readonly string _instance = Guid.NewGuid().ToString("N");

    private ConnectionMultiplexer? _redis;
    private volatile bool _stopped;

    private RedisChannel Channel => RedisChannel.Literal(options.RedisChannel);

    /// <summary>The connection, once made (it reconnects by itself); null without the setting or before the first attempt returned.</summary>
    public IConnectionMultiplexer? Connection => _redis;

    /// <summary>Whether the link to Redis is up now; false without the setting.</summary>
    public bool IsConnected => _redis?.IsConnected ?? false;

    public Task StartAsync(CancellationToken cancellationToken)
    {
        if (options.Redis is not { } connectionString)
        {
            return Task.CompletedTask;
        }

        ConfigurationOptions configuration;
        try
        {
            configuration = ConfigurationOptions.Parse(connectionString);
        }
        catch (ArgumentException e)
        {
            throw new ConfigurationException($"{ChangeFeedOptions.Section}:Redis is not a valid StackExchange.Redis connection string: {e.Message}");
        }

        // Start without waiting for Redis: an instance serves (and polls) while Redis is away.
        configuration.AbortOnConnectFail = false;
        _ = ConnectAsync(configuration);
        return Task.CompletedTask;
    }

    public void OnCommitted(IReadOnlyList<ChangeEvent> events)
    {
        if (events.Count == 0 || _redis is not { IsConnected: true } redis)
        {
            return;
        }

        var position = events[^1].Position;
        try
        {
            redis.GetSubscriber().Publish(Channel, $"{_instance}:{position.ToString(CultureInfo.InvariantCulture)}", CommandFlags.FireAndForget);
        }
        catch (Exception e) when (e is RedisException or ObjectDisposedException)
        {
            logger.RedisPublishFailed(position, e);
        }
    }

    public async Task StopAsync(CancellationToken cancellationToken)
    {
        _stopped = true;
        if (Interlocked.Exchange(ref _redis, null) is { } redis)
        {
            await redis.CloseAsync();
            redis.Dispose();
        }
    }

    public void Dispose()
    {
        _stopped = true;
        Interlocked.Exchange(ref _redis, null)?.Dispose();
    }

    private async Task ConnectAsync(ConfigurationOptions configuration)
    {
        try
        {
            // With AbortOnConnectFail off this returns even when Redis is down, and reconnects by itself later.
            var redis = await ConnectionMultiplexer.ConnectAsync(configuration);
            redis.ConnectionFailed += (_, e) => logger.RedisConnectionLost(e.EndPoint, e.FailureType, options.PollSeconds, e.Exception);
            redis.ConnectionRestored += (_, e) =>
            {
                logger.RedisConnectionRestored(e.EndPoint);
                // What was announced while the link was down is in the log: look now rather than at the next poll.
                feed.RequestRefresh();
            };
            _redis = redis;
            tracing?.Connected(redis);
            if (_stopped)
            {
                Dispose();
                return;
            }

            // The multiplexer keeps the subscription and renews it on every reconnect, even when this first attempt times out.
            await redis.GetSubscriber().SubscribeAsync(Channel, (_, message) => OnMessage(message));
            logger.RedisConnected(configuration.EndPoints, options.RedisChannel);
        }
        catch (Exception e)
        {
            // Nothing waits for this task: the instance serves on and polls, and the multiplexer keeps trying.
            if (!_stopped)
            {
                logger.RedisUnavailable(e.Message, options.PollSeconds);
            }
        }
    }

    private void OnMessage(RedisValue message)
    {
        var text = message.ToString();
        if (!text.StartsWith(_instance, StringComparison.Ordinal))
        {
            feed.RequestRefresh();
        }
    }
}
