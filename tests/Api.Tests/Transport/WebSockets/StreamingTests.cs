using PartyOrg.Api.Tests.Support;
using PartyOrg.Api.Tests.Transport.WebSockets.Support;

namespace PartyOrg.Api.Tests.Transport.WebSockets;

/// <summary>Subscriptions through the connection handler, on <see cref="StreamingSchema"/> and in-memory sockets.</summary>
public sealed class StreamingTests : IAsyncDisposable
{
    private readonly StreamingHarness _harness = new();

    public ValueTask DisposeAsync() => _harness.DisposeAsync();

    [Fact]
    public async Task Each_event_is_sent_as_next_in_order_and_the_stream_end_as_complete()
    {
        await using var client = await SubscribedAsync("s", "subscription { events }");

        _harness.Events.Publish("first");
        _harness.Events.Publish("second");
        _harness.Events.Complete();

        foreach (var expected in new[] { "first", "second" })
        {
            var next = await client.ReceiveMessageAsync();
            Assert.Equal(("next", "s"), (next.Type(), next.Id()));
            Assert.Equal(expected, next.Payload().GetProperty("data").GetProperty("events").GetString());
        }

        var complete = await client.ReceiveMessageAsync();
        Assert.Equal(("complete", "s"), (complete.Type(), complete.Id()));
    }

    [Fact]
    public async Task Failing_event_stream_sends_error_and_ends_the_operation()
    {
        await using var client = await SubscribedAsync("s", "subscription { events }");

        _harness.Events.Fail(new InvalidOperationException("the source broke"));

        var error = await client.ReceiveMessageAsync();
        Assert.Equal(("error", "s"), (error.Type(), error.Id()));
        Assert.False(string.IsNullOrEmpty(error.Payload()[0].GetProperty("message").GetString()));
        await client.SubscribeAsync("s", "{ hello }");
        Assert.Equal("next", (await client.ReceiveMessageAsync()).Type());
    }

    [Fact]
    public async Task Resolver_error_on_one_event_is_a_next_with_errors_and_the_stream_goes_on()
    {
        await using var client = await SubscribedAsync("s", "subscription { shouted }");

        _harness.Events.Publish("boom");
        _harness.Events.Publish("quiet");

        var failed = await client.ReceiveMessageAsync();
        Assert.Equal("next", failed.Type());
        Assert.True(failed.Payload().GetProperty("errors").GetArrayLength() > 0);
        var next = await client.ReceiveMessageAsync();
        Assert.Equal("QUIET", next.Payload().GetProperty("data").GetProperty("shouted").GetString());
    }

    [Fact]
    public async Task Complete_from_the_client_disposes_the_stream_and_stops_its_events()
    {
        await using var client = await SubscribedAsync("s", "subscription { events }");
        _harness.Events.Publish("before");
        Assert.Equal("next", (await client.ReceiveMessageAsync()).Type());

        await client.CompleteAsync("s");

        await Eventually.TrueAsync(() => _harness.Events.Unsubscribed == 1, "the stream is disposed");
        _harness.Events.Publish("after");
        await client.SendAsync(new { type = "ping" });
        Assert.Equal("pong", (await client.ReceiveMessageAsync()).Type());
    }

    [Fact]
    public async Task Closing_the_socket_disposes_its_streams()
    {
        var client = await SubscribedAsync("s", "subscription { events }");

        await client.DisposeAsync();

        await Eventually.TrueAsync(() => _harness.Events.Unsubscribed == 1, "the stream is disposed");
        await _harness.WhenServedAsync();
    }

    [Fact]
    public async Task Client_vanishing_without_a_close_disposes_its_streams()
    {
        var client = await SubscribedAsync("s", "subscription { events }");

        client.Socket.Abort();

        await Eventually.TrueAsync(() => _harness.Events.Unsubscribed == 1, "the stream is disposed");
        await _harness.WhenServedAsync();
    }

    [Fact]
    public async Task Subscribe_with_the_id_of_a_running_stream_closes_4409_and_disposes_the_stream()
    {
        await using var client = await SubscribedAsync("s", "subscription { events }");

        await client.SubscribeAsync("s", "{ hello }");

        Assert.Equal((4409, "Subscriber for s already exists"), await client.ReceiveCloseAsync());
        await Eventually.TrueAsync(() => _harness.Events.Unsubscribed == 1, "the stream is disposed");
    }

    [Fact]
    public async Task Streams_of_one_socket_run_side_by_side()
    {
        await using var client = await SubscribedAsync("a", "subscription { events }");
        await client.SubscribeAsync("b", "subscription { shouted }");
        await Eventually.TrueAsync(() => _harness.Events.SubscriberCount == 2, "both streams are subscribed");

        _harness.Events.Publish("x");

        var received = new[] { await client.ReceiveMessageAsync(), await client.ReceiveMessageAsync() };
        Assert.Equal(["a", "b"], received.Select(m => m.Id()).Order());
    }

    [Fact]
    public async Task Mutation_is_executed_with_one_next_then_complete()
    {
        await using var client = _harness.Connect();
        await client.InitAsync();

        await client.SubscribeAsync("m", "mutation { bump }");

        var next = await client.ReceiveMessageAsync();
        Assert.Equal(1, next.Payload().GetProperty("data").GetProperty("bump").GetInt32());
        Assert.Equal("complete", (await client.ReceiveMessageAsync()).Type());
        Assert.Equal(1, _harness.Counter.Value);
    }

    private async Task<GraphQLSocket> SubscribedAsync(string id, string query)
    {
        var client = _harness.Connect();
        await client.InitAsync();
        var subscribers = _harness.Events.SubscriberCount;
        await client.SubscribeAsync(id, query);
        await Eventually.TrueAsync(() => _harness.Events.SubscriberCount > subscribers, "the stream is subscribed");
        return client;
    }
}
