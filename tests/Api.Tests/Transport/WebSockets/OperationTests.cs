using System.Text.Json;
using PartyOrg.Api.Tests.Support;
using PartyOrg.Api.Tests.Transport.WebSockets.Support;

namespace PartyOrg.Api.Tests.Transport.WebSockets;

public sealed class OperationTests(HoldingApiFactory api) : IClassFixture<HoldingApiFactory>
{
    private const string HeldQuery = "query Held { region { code } }";

    [Fact]
    public async Task Query_gets_one_next_with_its_data_then_complete()
    {
        await using var client = await GraphQLSocket.OpenAsync(api);
        await client.InitAsync();

        await client.SubscribeAsync("q1", "{ region { code name } }");

        var next = await client.ReceiveMessageAsync();
        Assert.Equal(("next", "q1"), (next.Type(), next.Id()));
        var region = next.Payload().GetProperty("data").GetProperty("region");
        Assert.Equal("150000", region.GetProperty("code").GetString());
        Assert.False(string.IsNullOrEmpty(region.GetProperty("name").GetString()));
        var complete = await client.ReceiveMessageAsync();
        Assert.Equal(("complete", "q1"), (complete.Type(), complete.Id()));
    }

    [Fact]
    public async Task Query_answers_over_the_socket_as_over_http()
    {
        const string query = "{ region { code name } }";
        await using var client = await GraphQLSocket.OpenAsync(api);
        await client.InitAsync();

        await client.SubscribeAsync("q", query);

        var overSocket = (await client.ReceiveMessageAsync()).Payload();
        var overHttp = await api.QueryAsync(query);
        Assert.Equal(JsonSerializer.Serialize(overHttp), JsonSerializer.Serialize(overSocket));
    }

    [Fact]
    public async Task Query_with_variables_uses_them()
    {
        await using var client = await GraphQLSocket.OpenAsync(api);
        await client.InitAsync();

        await client.SubscribeAsync("v", "query ($code: String!) { division(code: $code) { code } }", new { code = "152200" });

        var next = await client.ReceiveMessageAsync();
        Assert.Equal("152200", next.Payload().GetProperty("data").GetProperty("division").GetProperty("code").GetString());
    }

    [Theory]
    [InlineData("{ region { nope } }")]
    [InlineData("{ region { code }")]
    [InlineData("query ($code: String!) { division(code: $code) { code } }")]
    public async Task Operation_that_does_not_validate_gets_error_with_the_errors_and_no_complete(string query)
    {
        await using var client = await GraphQLSocket.OpenAsync(api);
        await client.InitAsync();

        await client.SubscribeAsync("bad", query);

        var error = await client.ReceiveMessageAsync();
        Assert.Equal(("error", "bad"), (error.Type(), error.Id()));
        Assert.Equal(JsonValueKind.Array, error.Payload().ValueKind);
        Assert.False(string.IsNullOrEmpty(error.Payload()[0].GetProperty("message").GetString()));
        await client.SendAsync(new { type = "ping" });
        Assert.Equal("pong", (await client.ReceiveMessageAsync()).Type());
    }

    [Fact]
    public async Task Subscribe_with_an_id_in_use_closes_4409()
    {
        await using var client = await GraphQLSocket.OpenAsync(api);
        await client.InitAsync();
        await client.SubscribeAsync("dup", HeldQuery);

        await client.SubscribeAsync("dup", "{ region { code } }");

        Assert.Equal((4409, "Subscriber for dup already exists"), await client.ReceiveCloseAsync());
    }

    [Fact]
    public async Task Complete_from_the_client_cancels_the_operation_and_nothing_is_sent_for_it()
    {
        await using var client = await GraphQLSocket.OpenAsync(api);
        await client.InitAsync();
        var cancelled = api.Held.Cancelled;
        await client.SubscribeAsync("held", HeldQuery);

        await client.CompleteAsync("held");

        await Eventually.TrueAsync(() => api.Held.Cancelled > cancelled, "the held operation is cancelled");
        await client.SendAsync(new { type = "ping" });
        Assert.Equal("pong", (await client.ReceiveMessageAsync()).Type());
    }

    [Fact]
    public async Task Id_is_free_again_after_the_client_completed_it()
    {
        await using var client = await GraphQLSocket.OpenAsync(api);
        await client.InitAsync();
        await client.SubscribeAsync("again", HeldQuery);
        await client.CompleteAsync("again");

        await client.SubscribeAsync("again", "{ region { code } }");

        var next = await client.ReceiveMessageAsync();
        Assert.Equal(("next", "again"), (next.Type(), next.Id()));
        Assert.Equal("complete", (await client.ReceiveMessageAsync()).Type());
    }

    [Fact]
    public async Task Complete_for_an_unknown_id_is_ignored()
    {
        await using var client = await GraphQLSocket.OpenAsync(api);
        await client.InitAsync();

        await client.CompleteAsync("never-started");
        await client.SendAsync(new { type = "ping" });

        Assert.Equal("pong", (await client.ReceiveMessageAsync()).Type());
    }

    [Fact]
    public async Task Closing_the_socket_cancels_its_running_operations()
    {
        var cancelled = api.Held.Cancelled;
        var client = await GraphQLSocket.OpenAsync(api);
        await client.InitAsync();
        await client.SubscribeAsync("held", HeldQuery);

        await client.DisposeAsync();

        await Eventually.TrueAsync(() => api.Held.Cancelled > cancelled, "the held operation is cancelled");
    }

    [Fact]
    public async Task Mutation_is_executed_with_one_next_then_complete()
    {
        await using var client = await GraphQLSocket.OpenAsync(api);
        await client.InitAsync();

        await client.SubscribeAsync("m", "mutation { __typename }");

        var next = await client.ReceiveMessageAsync();
        Assert.Equal(("next", "m"), (next.Type(), next.Id()));
        Assert.False(string.IsNullOrEmpty(next.Payload().GetProperty("data").GetProperty("__typename").GetString()));
        Assert.Equal("complete", (await client.ReceiveMessageAsync()).Type());
    }
}
