using System.Text.Json;
using PartyOrg.Api.Tests.Support;
using PartyOrg.Api.Tests.Transport.WebSockets.Support;
using PartyOrg.Api.Transport.WebSockets;
using PartyOrg.Domain.Security;

namespace PartyOrg.Api.Tests.Security.Limits;

/// <summary>Opens a graphql-transport-ws socket with an upgrade <c>Authorization</c> header of the test's choice (none by default).</summary>
internal static class SocketAuthentication
{
    public static async Task<ProtocolClient> ConnectAsync(ApiFactory api, string? upgradeAuthorization = null)
    {
        var client = api.Server.CreateWebSocketClient();
        if (upgradeAuthorization is not null)
        {
            client.ConfigureRequest = request => request.Headers.Authorization = upgradeAuthorization;
        }

        client.SubProtocols.Add(GraphQLTransportWs.SubProtocol);
        using var timeout = new CancellationTokenSource(ProtocolClient.Patience);
        return new ProtocolClient(await client.ConnectAsync(new Uri(api.Server.BaseAddress, GraphQLHttp.Path), timeout.Token));
    }

    /// <summary>Runs a query over the socket and returns the payload of its <c>next</c> message (then expects <c>complete</c>).</summary>
    public static async Task<JsonElement> QueryAsync(this ProtocolClient socket, string id, string query)
    {
        await socket.SubscribeAsync(id, query);
        var next = await socket.ReceiveMessageAsync();
        Assert.True(next.Type() == "next" && next.Id() == id, $"Expected next of {id}, got {next}.");
        var complete = await socket.ReceiveMessageAsync();
        Assert.Equal(("complete", id), (complete.Type(), complete.Id()));
        return next.Payload();
    }
}

/// <summary>Who a socket is: the key of its connection_init payload, else of its upgrade request, else anonymous.</summary>
public sealed class SocketAuthenticationTests(AnonymousApi api) : IClassFixture<AnonymousApi>
{
    /// <summary>Readable by partner keys and above; anonymous callers get null and AUTH_NOT_AUTHORIZED.</summary>
    private const string MembersQuery = "{ members(first: 1) { totalCount } }";

    private string PartnerKey => api.Key(Role.Partner);

    public static TheoryData<string> PayloadForms => ["Authorization", "authorization", "bare Authorization", "apiKey"];

    [Theory]
    [MemberData(nameof(PayloadForms))]
    public async Task A_key_in_the_connection_init_payload_is_the_sockets_caller(string form)
    {
        object payload = form switch
        {
            "Authorization" => new Dictionary<string, string> { ["Authorization"] = $"Bearer {PartnerKey}" },
            "authorization" => new Dictionary<string, string> { ["authorization"] = $"Bearer {PartnerKey}" },
            "bare Authorization" => new Dictionary<string, string> { ["Authorization"] = PartnerKey },
            _ => new Dictionary<string, string> { ["apiKey"] = PartnerKey },
        };
        await using var socket = await SocketAuthentication.ConnectAsync(api);
        await socket.InitAsync(payload);

        var result = await socket.QueryAsync("1", MembersQuery);

        Assert.True(result.Served().GetProperty("members").GetProperty("totalCount").GetInt32() > 0);
    }

    [Fact]
    public async Task A_key_in_the_upgrade_header_is_used_when_the_payload_has_none()
    {
        await using var socket = await SocketAuthentication.ConnectAsync(api, $"Bearer {PartnerKey}");
        await socket.InitAsync();

        var result = await socket.QueryAsync("1", MembersQuery);

        Assert.True(result.Served().GetProperty("members").GetProperty("totalCount").GetInt32() > 0);
    }

    [Fact]
    public async Task The_payloads_key_wins_over_the_upgrade_header()
    {
        await using var socket = await SocketAuthentication.ConnectAsync(api, $"Bearer {api.Key(Role.Dashboard)}");
        await socket.InitAsync(new { apiKey = PartnerKey });

        var result = await socket.QueryAsync("1", MembersQuery);

        Assert.True(result.Served().GetProperty("members").GetProperty("totalCount").GetInt32() > 0);
    }

    [Fact]
    public async Task Without_any_key_the_socket_is_anonymous()
    {
        await using var socket = await SocketAuthentication.ConnectAsync(api);
        await socket.InitAsync();

        var result = await socket.QueryAsync("1", MembersQuery);

        Assert.Equal(JsonValueKind.Null, result.GetProperty("data").GetProperty("members").ValueKind);
        Assert.Equal("AUTH_NOT_AUTHORIZED", result.FirstErrorCode());
    }

    public static TheoryData<string, string?> BadKeys => new()
    {
        { """{"apiKey":"pok_abcdefghijkl_0123456789012345678901234567890123456789012"}""", null },
        { """{"apiKey":"not-a-key"}""", null },
        { """{"Authorization":"Bearer pok_abcdefghijkl_0123456789012345678901234567890123456789012"}""", null },
        { """{"Authorization":"Basic dXNlcjpwYXNz"}""", null },
        { "{}", "Bearer pok_abcdefghijkl_0123456789012345678901234567890123456789012" },
        { "{}", "Token abc" },
    };

    [Theory]
    [MemberData(nameof(BadKeys))]
    public async Task A_refused_key_closes_the_socket_4403(string payload, string? upgradeAuthorization)
    {
        await using var socket = await SocketAuthentication.ConnectAsync(api, upgradeAuthorization);

        await socket.SendTextAsync($$"""{"type":"connection_init","payload":{{payload}}}""");

        Assert.Equal((4403, "Forbidden"), await socket.ReceiveCloseAsync());
    }

    /// <summary>
    /// The stream is refused before it opens: one <c>next</c> carrying only the error (as graphql-ws sends a subscription
    /// whose source stream cannot be created), then <c>complete</c>, so no event can follow.
    /// </summary>
    [Fact]
    public async Task An_anonymous_socket_cannot_subscribe_to_changes()
    {
        await using var socket = await SocketAuthentication.ConnectAsync(api);
        await socket.InitAsync();

        await socket.SubscribeAsync("changes", """subscription { changes(scope: "150000") { position } }""");
        var refusal = await socket.ReceiveMessageAsync();
        var end = await socket.ReceiveMessageAsync();

        Assert.Equal(("next", "changes"), (refusal.Type(), refusal.Id()));
        Assert.Equal(JsonValueKind.Null, refusal.Payload().GetProperty("data").ValueKind);
        var error = Assert.Single(refusal.Payload().GetProperty("errors").EnumerateArray());
        Assert.Equal("AUTH_NOT_AUTHORIZED", error.Text("extensions", "code"));
        Assert.Equal("The current user is not authorized to access this resource.", error.Text("message"));
        Assert.Equal(["changes"], error.GetProperty("path").EnumerateArray().Select(p => p.GetString()));
        Assert.Equal(("complete", "changes"), (end.Type(), end.Id()));
    }

    [Fact]
    public async Task A_partner_socket_may_subscribe_to_changes()
    {
        await using var socket = await SocketAuthentication.ConnectAsync(api);
        await socket.InitAsync(new { apiKey = PartnerKey });

        await socket.SubscribeAsync("changes", """subscription { changes(scope: "150000") { position } }""");
        await socket.QueryAsync("probe", "{ region { code } }");
        await socket.CompleteAsync("changes");
        await socket.QueryAsync("after", "{ region { code } }");
    }
}
