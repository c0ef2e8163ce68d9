using System.Security.Cryptography;
using PartyOrg.Api.Tests.Support;

namespace PartyOrg.Api.Tests.Security.Hostile;

/// <summary>
/// Hostile graphql-transport-ws frames: bytes that are not a message close 4400, protocol misuse its own code (4401
/// subscribe before init, 4409 duplicate id, 4429 second init, 1009 oversized), a refused key 4403; hostile documents
/// get an <c>error</c> message with the same codes as over HTTP, and the socket goes on serving.
/// </summary>
public static class WebSocketCases
{
    private const string Changes = "subscription { changes(scope: \"150000\") { position } }";

    private static Task InitWithAsync(this GraphQLSocket client, string payload) =>
        client.SendTextAsync($"{{\"type\":\"connection_init\",\"payload\":{payload}}}");

    /// <summary>After an <c>error</c>, the same socket still answers a ping.</summary>
    private static async Task AssertStillOpenAsync(this GraphQLSocket client)
    {
        await client.SendAsync(new { type = "ping" });
        Assert.Equal("pong", (await client.ReceiveMessageAsync()).Type());
    }

    private static CaseList Document(this CaseList cases, string name, string query, string code) =>
        cases.Socket(name, async (_, client) =>
        {
            await client.InitAsync();
            await client.SubscribeAsync("hostile", query);
            await client.AssertErrorAsync("hostile", code);
            await client.AssertStillOpenAsync();
        });

    public static CaseList All { get; } = new CaseList("websocket")
        .Socket("invalid UTF-8 in a text frame", async (_, client) =>
        {
            await client.InitAsync();
            byte[] frame = [.. "{\"type\":\"ping\",\"payload\":{\"x\":\""u8.ToArray(), 0xFF, 0xC0, .. "\"}}"u8.ToArray()];
            using var timeout = new CancellationTokenSource(GraphQLSocket.Patience);
            await client.Socket.SendAsync(new ArraySegment<byte>(frame), System.Net.WebSockets.WebSocketMessageType.Text, true, timeout.Token);
            await client.AssertClosesAsync(4400, "Invalid message: not JSON (the text is not UTF-8)");
        })
        .Socket("a lone surrogate escaped in the type", async (_, client) =>
        {
            await client.InitAsync();
            await client.SendTextAsync("{\"type\":\"\\udc00\"}");
            await client.AssertClosesAsync(4400, "Invalid message: not JSON (a string is not valid Unicode)");
        })
        .Socket("a lone surrogate escaped in the variables", async (_, client) =>
        {
            await client.InitAsync();
            await client.SendTextAsync("{\"type\":\"subscribe\",\"id\":\"1\",\"payload\":{\"query\":\"query($c: String!) { division(code: $c) { code } }\",\"variables\":{\"c\":\"\\ud800\"}}}");
            await client.AssertClosesAsync(4400, "Invalid message: unreadable 'payload.variables' or 'payload.extensions'");
        })
        .Socket("binary garbage", async (_, client) =>
        {
            await client.InitAsync();
            await client.SendBinaryAsync(SHA512.HashData("garbage"u8));
            await client.AssertClosesAsync(4400, "Invalid message: binary frames are not supported");
        })
        .Socket("JSON nested 1000 deep", async (_, client) =>
        {
            await client.InitAsync();
            await client.SendTextAsync(HostileHttp.Nested("[", "", "]", 1000));
            await client.AssertClosesAsync(4400, "Invalid message: not JSON (");
        })
        .Socket("a message type of the older subscriptions-transport-ws", async (_, client) =>
        {
            await client.InitAsync();
            await client.SendTextAsync("{\"type\":\"connection_terminate\"}");
            await client.AssertClosesAsync(4400, "Invalid message: unknown type 'connection_terminate'");
        })
        .Socket("subscribe before connection_init", async (_, client) =>
        {
            await client.SubscribeAsync("early", "{ region { code } }");
            await client.AssertClosesAsync(4401, "Unauthorized");
        })
        .Socket("subscribe with an operator object for an id", async (_, client) =>
        {
            await client.InitAsync();
            await client.SendTextAsync("{\"type\":\"subscribe\",\"id\":{\"$ne\":null},\"payload\":{\"query\":\"{ region { code } }\"}}");
            await client.AssertClosesAsync(4400, "Invalid message: subscribe needs a non-empty string 'id'");
        })
        .Socket("a second subscribe with a running id", async (_, client) =>
        {
            await client.InitAsync();
            await client.SubscribeAsync("twice", Changes);
            await client.SubscribeAsync("twice", Changes);
            await client.AssertClosesAsync(4409, "Subscriber for twice already exists");
        })
        .Socket("a frame over 1 MiB", async (_, client) =>
        {
            await client.InitAsync();
            await client.SubscribeAsync("big", "{ region { code } }" + new string(' ', 1024 * 1024));
            await client.AssertClosesAsync(1009, "Message larger than 1048576 bytes");
        })
        .Socket("a second connection_init", async (_, client) =>
        {
            await client.InitAsync();
            await client.SendAsync(new { type = "connection_init" });
            await client.AssertClosesAsync(4429, "Too many initialisation requests");
        })
        .Socket("connection_init with a garbage key", async (_, client) =>
        {
            await client.InitWithAsync("{\"Authorization\":\"Bearer garbage\"}");
            await client.AssertClosesAsync(4403, "Forbidden");
        })
        .Socket("connection_init with a key-shaped key that does not exist", async (_, client) =>
        {
            await client.InitWithAsync($"{{\"apiKey\":\"pok_aaaaaaaaaaaa_{new string('a', 43)}\"}}");
            await client.AssertClosesAsync(4403, "Forbidden");
        })
        .Socket("connection_init with Basic credentials", async (_, client) =>
        {
            await client.InitWithAsync("{\"Authorization\":\"Basic dXNlcjpwYXNzd29yZA==\"}");
            await client.AssertClosesAsync(4403, "Forbidden");
        })
        .Socket("connection_init with a 100 000-character key", async (_, client) =>
        {
            await client.InitWithAsync($"{{\"apiKey\":\"pok_{new string('a', 100_000)}\"}}");
            await client.AssertClosesAsync(4403, "Forbidden");
        })
        .Socket("complete of an id never subscribed is ignored", async (_, client) =>
        {
            await client.InitAsync();
            await client.CompleteAsync("never");
            await client.AssertStillOpenAsync();
        })
        .Document("a subscribe 22 levels deep", $"{{ region {{ {HostileHttp.Nested("parent { ", "code", " }", 20)} }} }}", "MAX_EXECUTION_DEPTH_EXCEEDED")
        .Document("a subscribe with 41 aliases", $"{{ region {{ {string.Join(' ', Enumerable.Range(1, 41).Select(i => $"a{i}: code"))} }} }}", "MAX_ALIASES_EXCEEDED")
        .Document("a subscribe with a fragment cycle", "{ region { ...A } } fragment A on Region { code ...A }", "NO_FRAGMENT_CYCLES")
        .Document("a subscribe with a cost bomb",
            "{ leagues(first: 50) { nodes { banners(first: 50) { nodes { townships(first: 50) { nodes { code } } } } } } }", "HC0047")
        .Socket("a subscription watching 51 divisions fails before its stream opens", async (_, client) =>
        {
            await client.InitAsync();
            var codes = string.Join(", ", Enumerable.Range(0, 51).Select(i => $"\"c{i}\""));
            await client.SubscribeAsync("watch", $"subscription {{ statisticsChanged(codes: [{codes}]) {{ position }} }}");
            var next = await client.ReceiveMessageAsync();
            Assert.True(next.Type() == "next" && next.Id() == "watch", $"Expected next of watch, got {next}");
            var error = next.Payload().GetProperty("errors")[0].GetProperty("extensions");
            Assert.Equal(("HC0076", 51, 50), (error.GetProperty("code").GetString(), error.GetProperty("requestedNodes").GetInt32(), error.GetProperty("maxAllowedNodes").GetInt32()));
            Assert.Equal("complete", (await client.ReceiveMessageAsync()).Type());
            await client.AssertStillOpenAsync();
        })
        .Document("a mutation with 21 root fields", $"mutation {{ {"__typename".Times(21)} }}", "MAX_ROOT_FIELDS_EXCEEDED");
}
