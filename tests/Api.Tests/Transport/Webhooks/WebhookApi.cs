using System.Text.Json;
using PartyOrg.Api.Tests.Changes;

namespace PartyOrg.Api.Tests.Transport.Webhooks;

/// <summary>The changes API delivering webhooks quickly (short polls, leases and retries) to a loopback receiver.</summary>
public class WebhookApi : ChangesApi
{
    public const string Create = "mutation($input: CreateWebhookInput!) { createWebhook(input: $input) { secret webhook { id cursor } errors { __typename ... on Error { message } } } }";

    protected override IEnumerable<KeyValuePair<string, string>> ExtraSettings =>
    [
        new("Webhooks:AllowPrivateTargets", "true"),
        new("Webhooks:RequireHttps", "false"),
        new("Webhooks:PollSeconds", "0.2"),
        new("Webhooks:LeaseSeconds", "3"),
        new("Webhooks:TimeoutSeconds", "2"),
        new("Webhooks:FirstRetrySeconds", "0.2"),
        new("Webhooks:MaxRetrySeconds", "1"),
        .. MoreSettings,
    ];

    protected virtual IEnumerable<KeyValuePair<string, string>> MoreSettings => [];

    /// <summary>Registers a webhook with this key; returns its ID and secret.</summary>
    public async Task<(string Id, string Secret)> CreateWebhookAsync(string key, string url, string query, object? variables = null)
    {
        var body = await QueryAsAsync(key, Create, new { input = new { url, query, variables = variables is null ? null : JsonSerializer.Serialize(variables) } });
        Assert.False(body.TryGetProperty("errors", out var errors), errors.ToString());
        var created = body.GetProperty("data").GetProperty("createWebhook");
        Assert.Equal(JsonValueKind.Null, created.GetProperty("errors").ValueKind);
        return (created.GetProperty("webhook").GetProperty("id").GetString()!, created.GetProperty("secret").GetString()!);
    }
}

/// <summary>A webhook host on another host's SQLite file: a second instance, or the same service after a restart.</summary>
public sealed class SharedWebhookApi(string databasePath) : WebhookApi
{
    protected override IEnumerable<KeyValuePair<string, string>> MoreSettings => [new("Database:ConnectionString", $"Data Source={databasePath}")];
}

public static class WebhookAnswers
{
    /// <summary>The type and message of the one error in a createWebhook payload.</summary>
    public static (string? Type, string? Message) Refusal(JsonElement body)
    {
        var error = Assert.Single(body.GetProperty("data").GetProperty("createWebhook").GetProperty("errors").EnumerateArray());
        return (error.GetProperty("__typename").GetString(), error.GetProperty("message").GetString());
    }
}
