using PartyOrg.Domain.Data;

namespace PartyOrg.Api.Changes;

/// <summary>The <c>Changes</c> configuration section: how subscriptions follow the change log.</summary>
public sealed class ChangeFeedOptions
{
    public const string Section = "Changes";

    /// <summary>How often the feed reads the log head, so commits whose wake-up was missed (Redis down) still arrive.</summary>
    public double PollSeconds { get; set; } = 2;

    /// <summary>Most events a subscription reads from the log at once; it holds no more than that in memory.</summary>
    public int BatchSize { get; set; } = 100;

    /// <summary><c>statisticsChanged</c> sends at most one update per division in this interval.</summary>
    public int StatisticsCoalesceMilliseconds { get; set; } = 1000;

    /// <summary>A StackExchange.Redis connection string; when set, instances wake each other through it.</summary>
    public string? Redis { get; set; }

    /// <summary>The Redis channel commits are announced on.</summary>
    public string RedisChannel { get; set; } = "party-org:changes";

    public TimeSpan PollInterval => TimeSpan.FromSeconds(PollSeconds);

    public TimeSpan StatisticsCoalesceInterval => TimeSpan.FromMilliseconds(StatisticsCoalesceMilliseconds);

    /// <summary>Binds the section and checks it; throws <see cref="ConfigurationException"/> with one clear message.</summary>
    public static ChangeFeedOptions Load(IConfiguration? configuration)
    {
        ChangeFeedOptions options;
        try
        {
            options = configuration?.GetSection(Section).Get<ChangeFeedOptions>() ?? new();
        }
        catch (InvalidOperationException e)
        {
            throw new ConfigurationException(
                $"{e.Message} Expected: {Section}:PollSeconds is a number of seconds, BatchSize and StatisticsCoalesceMilliseconds " +
                "whole numbers, Redis a StackExchange.Redis connection string such as localhost:6379.");
        }

        options.Validate();
        return options;
    }

    public void Validate()
    {
        if (PollSeconds is not (> 0 and <= 3600) || BatchSize is < 1 or > 10_000 || StatisticsCoalesceMilliseconds is < 0 or > 3_600_000 ||
            string.IsNullOrWhiteSpace(RedisChannel))
        {
            throw new ConfigurationException(
                $"{Section} needs PollSeconds above 0 and at most 3600, BatchSize from 1 to 10000, StatisticsCoalesceMilliseconds " +
                $"from 0 to 3600000 and a RedisChannel, got PollSeconds {PollSeconds}, BatchSize {BatchSize}, " +
                $"StatisticsCoalesceMilliseconds {StatisticsCoalesceMilliseconds}, RedisChannel '{RedisChannel}'.");
        }
    }
}
