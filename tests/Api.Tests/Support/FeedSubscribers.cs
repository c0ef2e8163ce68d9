using Microsoft.Extensions.DependencyInjection;
using PartyOrg.Api.Changes;

namespace PartyOrg.Api.Tests.Support;

/// <summary>How many streams the host's change feed serves: a socket's <c>subscribe</c> reaches the feed asynchronously.</summary>
public static class FeedSubscribers
{
    public static int Count(ApiFactory api) => api.Services.GetRequiredService<ChangeFeed>().SubscriberCount;

    /// <summary>Waits until the feed counts <paramref name="count"/> subscribers, so a change made next is one they see.</summary>
    public static Task WaitForAsync(ApiFactory api, int count) =>
        Eventually.TrueAsync(() => Count(api) == count, $"the feed counts {count} subscribers (it counts {Count(api)})");
}
