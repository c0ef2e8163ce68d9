using System.Diagnostics;
using System.Text.Json;
using PartyOrg.Api.Tests.Support;
using PartyOrg.Api.Tests.Transport.WebSockets.Support;
using PartyOrg.Api.Transport.WebSockets;

namespace PartyOrg.Api.Tests.Transport.WebSockets;

/// <summary>A client that reads slower than its subscription produces: the bounded send queue and close 4413.</summary>
public sealed class SlowConsumerTests : IAsyncDisposable
{
    private const int QueueLength = 50;
    private static readonly string Padding = new('x', 200);
    private readonly StreamingHarness _harness = new(new GraphQLWebSocketOptions { SendQueueLength = QueueLength, CloseTimeoutSeconds = 60 });

    public ValueTask DisposeAsync() => _harness.DisposeAsync();

    [Fact]
    public async Task Full_send_queue_closes_4413_without_ever_blocking_the_producer()
    {
        await using var slow = await SubscribedAsync(clientBufferBytes: 2048);
        const int events = 1000;

        var longest = await Task.Run(() => PublishPacedAsync(events)).WaitAsync(GraphQLSocket.Patience);

        var (messages, code, description) = await slow.ReadUntilCloseAsync();
        Assert.Equal((4413, "Slow consumer: resume from your last position"), (code, description));
        // What the socket took before it stalled; the rest, queued or not, was dropped with the close.
        Assert.InRange(messages.Count, 0, events - QueueLength);
        Assert.All(messages, m => Assert.Equal("next", m.Type()));
        Assert.True(longest < TimeSpan.FromSeconds(1), $"One publish took {longest}.");
        await Eventually.TrueAsync(() => _harness.Events.Unsubscribed == 1, "the slow consumer's stream is disposed");
    }

    [Fact]
    public async Task Slow_consumer_does_not_hold_up_another_socket()
    {
        await using var slow = await SubscribedAsync(clientBufferBytes: 2048);
        await using var fast = await SubscribedAsync(clientBufferBytes: 1024 * 1024);
        var received = new List<JsonElement>();
        var reading = Task.Run(async () =>
        {
            while (true)
            {
                var message = await fast.ReceiveMessageAsync();
                lock (received)
                {
                    received.Add(message);
                }

                if (message.Type() == "complete")
                {
                    return;
                }
            }
        });
        const int events = 1000;

        for (var i = 0; i < events; i++)
        {
            _harness.Events.Publish($"{i} {Padding}");
            if (i % 10 == 0)
            {
                // Keep the fast client within its own queue: it must not become a slow consumer itself.
                await Eventually.TrueAsync(() => Count(received) >= i - QueueLength / 2, "the fast client keeps up");
            }
        }

        _harness.Events.Complete();
        await reading.WaitAsync(GraphQLSocket.Patience);

        Assert.Equal(events + 1, received.Count);
        Assert.Equal((4413, "Slow consumer: resume from your last position"), await CloseOfAsync(slow));
    }

    [Fact]
    public async Task Slow_consumer_that_never_reads_again_is_aborted_after_the_close_timeout()
    {
        await using var harness = new StreamingHarness(new GraphQLWebSocketOptions { SendQueueLength = QueueLength, CloseTimeoutSeconds = 0.5 });
        await using var silent = harness.Connect(clientBufferBytes: 2048);
        await silent.InitAsync();
        await silent.SubscribeAsync("s", "subscription { events }");
        await Eventually.TrueAsync(() => harness.Events.SubscriberCount == 1, "the stream is subscribed");

        for (var i = 0; i < 1000; i++)
        {
            harness.Events.Publish($"{i} {Padding}");
        }

        await harness.WhenServedAsync();
        Assert.Equal(1, harness.Events.Unsubscribed);
    }

    /// <summary>Publishes in small batches, so the writer fills the socket before the queue fills; returns the longest publish.</summary>
    private async Task<TimeSpan> PublishPacedAsync(int events)
    {
        var longest = TimeSpan.Zero;
        for (var i = 0; i < events; i++)
        {
            var clock = Stopwatch.StartNew();
            _harness.Events.Publish($"{i} {Padding}");
            longest = clock.Elapsed > longest ? clock.Elapsed : longest;
            if (i % 10 == 0)
            {
                await Task.Delay(1);
            }
        }

        return longest;
    }

    private static int Count(List<JsonElement> received)
    {
        lock (received)
        {
            return received.Count;
        }
    }

    private static async Task<(int? Code, string? Description)> CloseOfAsync(GraphQLSocket client)
    {
        var (_, code, description) = await client.ReadUntilCloseAsync();
        return (code, description);
    }

    private async Task<GraphQLSocket> SubscribedAsync(long clientBufferBytes)
    {
        var client = _harness.Connect(clientBufferBytes);
        await client.InitAsync();
        var subscribers = _harness.Events.SubscriberCount;
        await client.SubscribeAsync("s", "subscription { events }");
        await Eventually.TrueAsync(() => _harness.Events.SubscriberCount > subscribers, "the stream is subscribed");
        return client;
    }
}
