using System.Text;
using PartyOrg.Api.Tests.Support;

namespace PartyOrg.Api.Tests.Transport.WebSockets;

public sealed class InvalidMessageTests(ApiFactory api) : IClassFixture<ApiFactory>
{
    private const string Query = "\"query\":\"{ region { code } }\"";

    [Theory]
    [InlineData("not json", "Invalid message: not JSON (")]
    [InlineData("{\"type\":", "Invalid message: not JSON (")]
    [InlineData("[1,2]", "Invalid message: expected a JSON object with a string 'type'")]
    [InlineData("{}", "Invalid message: 'type' must be a string")]
    [InlineData("{\"type\":5}", "Invalid message: 'type' must be a string")]
    [InlineData("{\"type\":\"start\",\"id\":\"1\"}", "Invalid message: unknown type 'start'")]
    [InlineData("{\"type\":\"next\",\"id\":\"1\",\"payload\":{}}", "Invalid message: 'next' is sent by the server, not by clients")]
    [InlineData("{\"type\":\"connection_ack\"}", "Invalid message: 'connection_ack' is sent by the server, not by clients")]
    [InlineData("{\"type\":\"subscribe\",\"payload\":{" + Query + "}}", "Invalid message: subscribe needs a non-empty string 'id'")]
    [InlineData("{\"type\":\"subscribe\",\"id\":1,\"payload\":{" + Query + "}}", "Invalid message: subscribe needs a non-empty string 'id'")]
    [InlineData("{\"type\":\"subscribe\",\"id\":\"\",\"payload\":{" + Query + "}}", "Invalid message: subscribe needs a non-empty string 'id'")]
    [InlineData("{\"type\":\"subscribe\",\"id\":\"1\"}", "Invalid message: subscribe needs an object 'payload' with a string 'query'")]
    [InlineData("{\"type\":\"subscribe\",\"id\":\"1\",\"payload\":\"{ region { code } }\"}", "Invalid message: subscribe needs an object 'payload' with a string 'query'")]
    [InlineData("{\"type\":\"subscribe\",\"id\":\"1\",\"payload\":{}}", "Invalid message: 'payload.query' must be a string")]
    [InlineData("{\"type\":\"subscribe\",\"id\":\"1\",\"payload\":{\"query\":7}}", "Invalid message: 'payload.query' must be a string")]
    [InlineData("{\"type\":\"subscribe\",\"id\":\"1\",\"payload\":{" + Query + ",\"variables\":[1]}}", "Invalid message: 'payload.variables' must be an object or null")]
    [InlineData("{\"type\":\"subscribe\",\"id\":\"1\",\"payload\":{" + Query + ",\"operationName\":5}}", "Invalid message: 'payload.operationName' must be a string or null")]
    [InlineData("{\"type\":\"subscribe\",\"id\":\"1\",\"payload\":{" + Query + ",\"extensions\":\"x\"}}", "Invalid message: 'payload.extensions' must be an object or null")]
    [InlineData("{\"type\":\"complete\"}", "Invalid message: complete needs a non-empty string 'id'")]
    [InlineData("{\"type\":\"complete\",\"id\":null}", "Invalid message: complete needs a non-empty string 'id'")]
    [InlineData("{\"type\":\"ping\",\"payload\":\"hello\"}", "Invalid message: 'payload' of ping must be an object or null")]
    [InlineData("{\"type\":\"pong\",\"payload\":[1]}", "Invalid message: 'payload' of pong must be an object or null")]
    public async Task Invalid_message_closes_4400_saying_what_is_wrong(string message, string reason)
    {
        await using var client = await GraphQLSocket.OpenAsync(api);
        await client.InitAsync();

        await client.SendTextAsync(message);

        var (code, description) = await client.ReceiveCloseAsync();
        Assert.Equal(4400, code);
        Assert.StartsWith(reason, description, StringComparison.Ordinal);
        Assert.InRange(Encoding.UTF8.GetByteCount(description!), 1, 123);
    }

    [Fact]
    public async Task Connection_init_with_a_non_object_payload_closes_4400()
    {
        await using var client = await GraphQLSocket.OpenAsync(api);

        await client.SendTextAsync("{\"type\":\"connection_init\",\"payload\":\"secret\"}");

        Assert.Equal((4400, "Invalid message: 'payload' of connection_init must be an object or null"), await client.ReceiveCloseAsync());
    }

    [Fact]
    public async Task Binary_frame_closes_4400()
    {
        await using var client = await GraphQLSocket.OpenAsync(api);
        await client.InitAsync();

        await client.SendBinaryAsync(Encoding.UTF8.GetBytes("{\"type\":\"ping\"}"));

        Assert.Equal((4400, "Invalid message: binary frames are not supported; send JSON text"), await client.ReceiveCloseAsync());
    }

    [Fact]
    public async Task Unknown_fields_beside_a_valid_message_are_ignored()
    {
        await using var client = await GraphQLSocket.OpenAsync(api);
        await client.InitAsync();

        await client.SendTextAsync("{\"type\":\"ping\",\"extra\":true}");

        Assert.Equal("pong", (await client.ReceiveMessageAsync()).Type());
    }
}
