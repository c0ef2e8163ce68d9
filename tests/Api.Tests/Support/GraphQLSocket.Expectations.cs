using System.Text.Json;

namespace PartyOrg.Api.Tests.Support;

/// <summary>What a test expects to read from the server, each failing with what came instead.</summary>
public sealed partial class GraphQLSocket
{
    /// <summary>The next message; fails when the server closes the socket instead.</summary>
    public async Task<JsonElement> ReceiveMessageAsync(TimeSpan? patience = null)
    {
        var frame = await ReceiveAsync(patience);
        Assert.True(frame.Message is not null, $"Expected a message, the socket closed with {frame.CloseCode} {frame.CloseDescription}.");
        return frame.Message.Value;
    }

    /// <summary>Expects the next frame to be the server's close and returns its code and description.</summary>
    public async Task<(int? Code, string? Description)> ReceiveCloseAsync(TimeSpan? patience = null)
    {
        var frame = await ReceiveAsync(patience);
        Assert.True(frame.Message is null, $"Expected the socket to close, got {frame.Message}.");
        return (frame.CloseCode, frame.CloseDescription);
    }

    /// <summary>Reads messages until the server closes; returns them with the close.</summary>
    public async Task<(List<JsonElement> Messages, int? Code, string? Description)> ReadUntilCloseAsync()
    {
        var messages = new List<JsonElement>();
        while (true)
        {
            var frame = await ReceiveAsync();
            if (frame.Message is null)
            {
                return (messages, frame.CloseCode, frame.CloseDescription);
            }

            messages.Add(frame.Message.Value);
        }
    }

    /// <summary>The <c>data</c> of the next <paramref name="count"/> <c>next</c> messages of <paramref name="id"/>; fails on anything else or on errors.</summary>
    public async Task<List<JsonElement>> NextAsync(string id, int count)
    {
        var data = new List<JsonElement>();
        while (data.Count < count)
        {
            var message = await ReceiveMessageAsync();
            Assert.True(message.Type() == "next" && message.Id() == id, $"Expected next of {id}, got {message}.");
            var payload = message.Payload();
            Assert.False(payload.TryGetProperty("errors", out var errors), errors.ToString());
            data.Add(payload.GetProperty("data"));
        }

        return data;
    }

    /// <summary>Runs a query over the socket and returns the payload of its <c>next</c> message (then expects <c>complete</c>).</summary>
    public async Task<JsonElement> QueryAsync(string id, string query)
    {
        await SubscribeAsync(id, query);
        var next = await ReceiveMessageAsync();
        Assert.True(next.Type() == "next" && next.Id() == id, $"Expected next of {id}, got {next}.");
        var complete = await ReceiveMessageAsync();
        Assert.Equal(("complete", id), (complete.Type(), complete.Id()));
        return next.Payload();
    }

    /// <summary>The first <c>next</c> or <c>error</c> message of each of the operations, whatever order they come in.</summary>
    public async Task<Dictionary<string, JsonElement>> FirstOfEachAsync(params string[] ids)
    {
        var first = new Dictionary<string, JsonElement>(StringComparer.Ordinal);
        while (first.Count < ids.Length)
        {
            var message = await ReceiveMessageAsync();
            if (message.Id() is { } id && ids.Contains(id) && message.Type() is "next" or "error")
            {
                first.TryAdd(id, message);
            }
        }

        return first;
    }

    /// <summary>Asserts that no message arrives within <paramref name="quiet"/>.</summary>
    public async Task AssertQuietAsync(TimeSpan quiet)
    {
        try
        {
            var frame = await ReceiveAsync(quiet);
            Assert.Fail($"Expected no message, got {frame}.");
        }
        catch (OperationCanceledException)
        {
            // Nothing came: as expected.
        }
    }
}

/// <summary>One frame from the server: a JSON message, or a close with its code and description.</summary>
public readonly record struct Frame(JsonElement? Message, int? CloseCode, string? CloseDescription);

/// <summary>The parts of a <c>graphql-transport-ws</c> message.</summary>
public static class MessageJson
{
    public static string? Type(this JsonElement message) => message.GetProperty("type").GetString();

    public static string? Id(this JsonElement message) => message.TryGetProperty("id", out var id) ? id.GetString() : null;

    public static JsonElement Payload(this JsonElement message) => message.GetProperty("payload");

    public static bool HasPayload(this JsonElement message) =>
        message.TryGetProperty("payload", out var payload) && payload.ValueKind != JsonValueKind.Null;
}
