using Microsoft.Extensions.Configuration;
using PartyOrg.Api.Changes;
using PartyOrg.Domain.Data;

namespace PartyOrg.Api.Tests.Changes;

/// <summary>The <c>Changes</c> configuration section: defaults, and one clear message for values that cannot work.</summary>
public sealed class ChangeFeedOptionsTests
{
    [Fact]
    public void Without_the_section_the_feed_polls_every_two_seconds_coalesces_per_second_and_runs_in_process()
    {
        var options = ChangeFeedOptions.Load(Configuration());

        Assert.Equal(2, options.PollSeconds);
        Assert.Equal(100, options.BatchSize);
        Assert.Equal(1000, options.StatisticsCoalesceMilliseconds);
        Assert.Null(options.Redis);
        Assert.Equal("party-org:changes", options.RedisChannel);
    }

    [Theory]
    [InlineData("Changes:PollSeconds", "0")]
    [InlineData("Changes:BatchSize", "0")]
    [InlineData("Changes:StatisticsCoalesceMilliseconds", "-1")]
    [InlineData("Changes:RedisChannel", " ")]
    public void Values_that_cannot_work_stop_the_start_with_one_message(string key, string value)
    {
        var error = Assert.Throws<ConfigurationException>(() => ChangeFeedOptions.Load(Configuration((key, value))));

        Assert.StartsWith("Changes needs PollSeconds above 0", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_value_that_is_not_a_number_is_named_with_what_is_expected()
    {
        var error = Assert.Throws<ConfigurationException>(() => ChangeFeedOptions.Load(Configuration(("Changes:PollSeconds", "often"))));

        Assert.Contains("PollSeconds is a number of seconds", error.Message, StringComparison.Ordinal);
    }

    private static IConfiguration Configuration(params (string Key, string Value)[] values) =>
        new ConfigurationBuilder().AddInMemoryCollection(values.Select(v => KeyValuePair.Create(v.Key, (string?)v.Value))).Build();
}
