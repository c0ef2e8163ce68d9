using System.Net;
using Microsoft.Extensions.DependencyInjection;
using PartyOrg.Api.Tests.Support;
using PartyOrg.Domain.Security;

namespace PartyOrg.Api.Tests.Security.Limits;

/// <summary>A host that reads the key row on every request (no key cache), so a revocation or expiry takes effect at once.</summary>
public sealed class UncachedKeysApi : ApiFactory
{
    protected override Role? ClientRole => null;

    protected override IEnumerable<KeyValuePair<string, string>> Settings =>
        [new("Security:KeyCacheSeconds", "0"), new("WebSockets:AuthorizationCheckSeconds", "0.2")];
}

public sealed class KeyRevocationTests(UncachedKeysApi api) : IClassFixture<UncachedKeysApi>
{
    private const string Query = "{ townships(first: 1) { nodes { stats { memberCount } } } }";

    private ApiKeys Keys => api.Services.GetRequiredService<ApiKeys>();

    [Fact]
    public async Task A_revoked_key_is_refused_401_saying_it_was_revoked()
    {
        var (key, text) = await Keys.CreateAsync("to revoke", Role.Dashboard, "150000", null, CancellationToken.None);
        var (before, beforeBody) = await api.SendWithAuthorizationAsync($"Bearer {text}", Query);
        beforeBody.Served();

        Assert.True(await Keys.RevokeAsync(key.Id, CancellationToken.None));
        var (after, body) = await api.SendWithAuthorizationAsync($"Bearer {text}", Query);

        Assert.Equal(HttpStatusCode.OK, before.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, after.StatusCode);
        Assert.Equal("Bearer error=\"invalid_token\"", after.Headers.WwwAuthenticate.ToString());
        Assert.Equal("AUTH_NOT_AUTHENTICATED", body.FirstErrorCode());
        Assert.Equal($"The API key '{key.Id}' was revoked.", body.FirstErrorMessage());
    }

    [Fact]
    public async Task An_expired_key_is_refused_401_saying_when_it_expired()
    {
        var (key, text) = await Keys.CreateAsync("to expire", Role.Dashboard, "150000", DateTimeOffset.UtcNow.AddDays(1), CancellationToken.None);
        (await api.SendWithAuthorizationAsync($"Bearer {text}", Query)).Body.Served();

        await api.SetKeyExpiryAsync(key.Id, new DateTimeOffset(2024, 5, 6, 7, 8, 0, TimeSpan.Zero));
        var (response, body) = await api.SendWithAuthorizationAsync($"Bearer {text}", Query);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("Bearer error=\"invalid_token\"", response.Headers.WwwAuthenticate.ToString());
        Assert.Equal("AUTH_NOT_AUTHENTICATED", body.FirstErrorCode());
        Assert.Equal($"The API key '{key.Id}' expired on 2024-05-06 07:08 UTC.", body.FirstErrorMessage());
    }

    [Fact]
    public async Task A_revoked_key_in_connection_init_closes_the_socket_4403()
    {
        var (key, text) = await Keys.CreateAsync("socket revoke", Role.Partner, "150000", null, CancellationToken.None);
        await Keys.RevokeAsync(key.Id, CancellationToken.None);

        await using var socket = await GraphQLSocket.OpenWithAuthorizationAsync(api, null);
        await socket.SendAsync(new { type = "connection_init", payload = new { apiKey = text } });

        Assert.Equal((4403, "Forbidden"), await socket.ReceiveCloseAsync());
    }

    [Fact]
    public async Task A_socket_whose_key_is_revoked_is_closed_4403_at_its_next_operation()
    {
        var (key, text) = await Keys.CreateAsync("open socket, then revoke", Role.Partner, "150000", null, CancellationToken.None);
        await using var socket = await GraphQLSocket.OpenWithAuthorizationAsync(api, null);
        await socket.InitAsync(new { apiKey = text });
        (await socket.QueryAsync("before", "{ members(first: 1) { totalCount } }")).Served();

        await Keys.RevokeAsync(key.Id, CancellationToken.None);
        await socket.SubscribeAsync("after", "{ members(first: 1) { totalCount } }");

        Assert.Equal((4403, "Forbidden"), await socket.ReceiveCloseAsync());
    }

    [Fact]
    public async Task A_live_subscription_ends_with_a_4403_close_once_its_key_is_revoked()
    {
        var (key, text) = await Keys.CreateAsync("live subscription, then revoke", Role.Partner, "150000", null, CancellationToken.None);
        await using var socket = await GraphQLSocket.OpenWithAuthorizationAsync(api, null);
        await socket.InitAsync(new { apiKey = text });
        await socket.SubscribeAsync("live", "subscription { changes(scope: \"150000\") { position } }");

        // No event and no client message follows: the periodic check (every 0.2 s here) closes the socket by itself.
        await Keys.RevokeAsync(key.Id, CancellationToken.None);

        Assert.Equal((4403, "Forbidden"), await socket.ReceiveCloseAsync());
    }
}
