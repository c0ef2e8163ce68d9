using Microsoft.Extensions.DependencyInjection;
using PartyOrg.Api.Tests.Support;
using PartyOrg.Domain.Security;

namespace PartyOrg.Api.Tests.Transport.Streaming;

/// <summary>The production limits, and streams whose key is checked again every 0.2 s and never cached, so a revocation or expiry shows at once.</summary>
public sealed class GuardedStreamingApi : StreamingApi
{
    protected override bool DefaultLimits => true;

    protected override IEnumerable<KeyValuePair<string, string>> MoreSettings =>
        [new("Security:KeyCacheSeconds", "0"), new("Streaming:AuthorizationCheckSeconds", "0.2")];
}

/// <summary>An open SSE or multipart stream lives only while its key is valid, as an open WebSocket does (closed with 4403 there).</summary>
public sealed class StreamRevocationTests(GuardedStreamingApi api) : IClassFixture<GuardedStreamingApi>
{
    private ApiKeys Keys => api.Services.GetRequiredService<ApiKeys>();

    [Fact]
    public async Task An_event_stream_whose_key_is_revoked_ends_with_an_error_event_then_complete()
    {
        var (key, text) = await Keys.CreateAsync("sse, then revoke", Role.Partner, "150000", null, CancellationToken.None);
        await using var stream = await EventStreamClient.PostAsync(api.CreateClient(text), EventStreamTests.Changes, new { scope = "150000" });

        // No event follows: the periodic check alone ends the stream.
        await Keys.RevokeAsync(key.Id, CancellationToken.None);
        var error = await NextEventAsync(stream);
        var complete = await NextEventAsync(stream);

        Assert.Equal("next", error.Type);
        Assert.Equal("AUTH_NOT_AUTHENTICATED", error.Json.FirstErrorCode());
        Assert.Equal($"The API key '{key.Id}' was revoked. The stream has ended.", error.Json.FirstErrorMessage());
        Assert.Equal("complete", complete.Type);
        Assert.Null(await stream.NextAsync(TimeSpan.FromSeconds(5)));
    }

    [Fact]
    public async Task A_stream_opened_with_a_stream_token_ends_once_its_key_expires()
    {
        var (key, text) = await Keys.CreateAsync("token stream, then expire", Role.Partner, "150000", DateTimeOffset.UtcNow.AddDays(1), CancellationToken.None);
        var created = await api.QueryAsAsync(text, "mutation { createStreamToken(input: {}) { token } }");
        var token = created.GetProperty("data").GetProperty("createStreamToken").GetProperty("token").GetString()!;
        var query = Uri.EscapeDataString("subscription { changes(scope: \"150000\") { position } }");
        await using var stream = await EventStreamClient.OpenAsync(api.CreateClient(null), new HttpRequestMessage(HttpMethod.Get, $"{GraphQLHttp.Path}?query={query}&streamToken={token}"));

        await api.SetKeyExpiryAsync(key.Id, new DateTimeOffset(2024, 5, 6, 7, 8, 0, TimeSpan.Zero));
        var error = await NextEventAsync(stream);

        Assert.Equal("AUTH_NOT_AUTHENTICATED", error.Json.FirstErrorCode());
        Assert.Equal($"The API key '{key.Id}' expired on 2024-05-06 07:08 UTC. The stream has ended.", error.Json.FirstErrorMessage());
        Assert.Equal("complete", (await NextEventAsync(stream)).Type);
    }

    [Fact]
    public async Task A_multipart_stream_whose_key_is_revoked_ends_with_a_transport_error_part()
    {
        var (key, text) = await Keys.CreateAsync("multipart, then revoke", Role.Partner, "150000", null, CancellationToken.None);
        using var client = api.CreateClient(text);
        var reading = MultipartClient.ReadAsync(client, EventStreamTests.Changes, new { scope = "150000" }, 1, TimeSpan.FromSeconds(20));
        await Task.Delay(300);

        await Keys.RevokeAsync(key.Id, CancellationToken.None);
        var parts = await reading;

        Assert.Empty(parts.Payloads);
        var errors = Assert.Single(parts.TransportErrors);
        Assert.Equal("AUTH_NOT_AUTHENTICATED", errors[0].GetProperty("extensions").GetProperty("code").GetString());
    }

    [Fact]
    public async Task A_stream_of_a_valid_key_stays_open_through_many_checks()
    {
        await using var stream = await EventStreamClient.PostAsync(api.CreateClient(api.Key(Role.Partner)), EventStreamTests.Changes, new { scope = "150000" });

        // About five checks pass in a second; the reader sees only keep-alive comments until it gives up.
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => stream.NextAsync(TimeSpan.FromSeconds(1)));
        Assert.True(stream.Comments >= 2, $"{stream.Comments} keep-alives");
    }

    private static async Task<ServerSentEvent> NextEventAsync(EventStreamClient stream) =>
        await stream.NextAsync(TimeSpan.FromSeconds(15)) ?? throw new InvalidOperationException("The stream ended without the event.");
}
