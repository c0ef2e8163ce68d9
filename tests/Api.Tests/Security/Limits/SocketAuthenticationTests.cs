using System.Text.Json;
using PartyOrg.Api.Tests.Support;
using PartyOrg.Domain.Security;

namespace PartyOrg.Api.Tests.Security.Limits;

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
        await using var socket = await GraphQLSocket.OpenWithAuthorizationAsync(api, null);
        await socket.InitAsync(payload);

        var result = await socket.QueryAsync("1", MembersQuery);

        Assert.True(result.Served().GetProperty("members").GetProperty("totalCount").GetInt32() > 0);
    }

    [Fact]
    public async Task A_key_in_the_upgrade_header_is_used_when_the_payload_has_none()
    {
        await using var socket = await GraphQLSocket.OpenWithAuthorizationAsync(api, $"Bearer {PartnerKey}");
        await socket.InitAsync();

        var result = await socket.QueryAsync("1", MembersQuery);

        Assert.True(result.Served().GetProperty("members").GetProperty("totalCount").GetInt32() > 0);
    }

    [Fact]
    public async Task The_payloads_key_wins_over_the_upgrade_header()
    {
        await using var socket = await GraphQLSocket.OpenWithAuthorizationAsync(api, $"Bearer {api.Key(Role.Dashboard)}");
        await socket.InitAsync(new { apiKey = PartnerKey });

        var result = await socket.QueryAsync("1", MembersQuery);

        Assert.True(result.Served().GetProperty("members").GetProperty("totalCount").GetInt32() > 0);
    }

    [Fact]
    public async Task Without_any_key_the_socket_is_anonymous()
    {
        await using var socket = await GraphQLSocket.OpenWithAuthorizationAsync(api, null);
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
        await using var socket = await GraphQLSocket.OpenWithAuthorizationAsync(api, upgradeAuthorization);

        await socket.SendTextAsync($$"""{"type":"connection_init","payload":{{payload}}}""");

        Assert.Equal((4403, "Forbidden"), await socket.ReceiveCloseAsync());
    }
}
