namespace PartyOrg.Domain.Webhooks;

/// <summary>
/// A partner's endpoint that is called once per event of a subscription document, in log order, as the key that
/// registered it. Its delivery state lives here so that any instance can carry on after a restart: the position
/// delivered last, the current event's failed attempts, and the lease of the instance delivering it now.
/// </summary>
public sealed class Webhook
{
    public long Id { get; init; }

    /// <summary>The key the webhook acts as: its role, scope and pseudonyms shape every body.</summary>
    public required string ApiKeyId { get; init; }

    public required string Url { get; set; }

    /// <summary>A <c>changes</c> or <c>statisticsChanged</c> subscription document.</summary>
    public required string Query { get; set; }

    /// <summary>The document's variables as a JSON object; null for none.</summary>
    public string? Variables { get; set; }

    /// <summary>The signing secret's bytes (shown once as <c>whsec_</c> + base64).</summary>
    public required byte[] Secret { get; set; }

    /// <summary>The last position delivered (answered 2xx); delivery resumes after it.</summary>
    public long Cursor { get; set; }

    public bool Enabled { get; set; } = true;

    /// <summary>Why delivery stopped (the retry horizon passed, the key was revoked, …); null while enabled.</summary>
    public string? DisabledReason { get; set; }

    public DateTimeOffset CreatedAt { get; init; }

    /// <summary>When the current event first failed; null while nothing is failing. The retry horizon counts from it.</summary>
    public DateTimeOffset? FailingSince { get; set; }

    /// <summary>Failed attempts of the current event.</summary>
    public int FailedAttempts { get; set; }

    /// <summary>Every attempt takes the next number, under the lease: two instances never send the same one.</summary>
    public long AttemptSequence { get; set; }

    /// <summary>The instance delivering this webhook, until <see cref="LeaseUntil"/>.</summary>
    public string? LeaseOwner { get; set; }

    /// <summary>Unix milliseconds: compared in SQL, which SQLite cannot do with date-times with offsets.</summary>
    public long LeaseUntil { get; set; }
}

/// <summary>One attempt to deliver one event: what came back and how long it took.</summary>
public sealed class WebhookDelivery
{
    public long Id { get; init; }

    public long WebhookId { get; init; }

    /// <summary>The event's id as sent in <c>webhook-id</c>.</summary>
    public required string MessageId { get; init; }

    public long Position { get; init; }

    public long Attempt { get; init; }

    public DateTimeOffset AttemptedAt { get; init; }

    /// <summary>The HTTP status; null when no answer came (refused, timed out).</summary>
    public int? StatusCode { get; init; }

    public bool Succeeded { get; init; }

    public int LatencyMilliseconds { get; init; }

    /// <summary>Why it failed, or the start of the answer's body; at most 500 characters.</summary>
    public string? Error { get; init; }
}
