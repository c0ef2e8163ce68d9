using System.Collections.Concurrent;

namespace PartyOrg.Api.Changes;

/// <summary>
/// What a transport that names its events by log position (SSE <c>id:</c>, webhook ids) hands the <c>changes</c>
/// stream through the user context: where to resume (a <c>Last-Event-ID</c>, a webhook's cursor), and the
/// position of each event the stream sends. GraphQL.NET turns the source events into results one at a time
/// and in order, so the n-th result belongs to the n-th position recorded here.
/// </summary>
public sealed class StreamPositions
{
    public const string UserContextKey = "party.stream-positions";

    private readonly ConcurrentQueue<StreamEventId> _sent = new();

    /// <summary>Resume after this position instead of the document's <c>after</c>; null to follow the document.</summary>
    public long? ResumeAfter { get; init; }

    /// <summary>Called by the stream as it hands an event to the execution.</summary>
    public void Sent(StreamEventId id) => _sent.Enqueue(id);

    /// <summary>The id of the next result to leave, or null when the stream recorded none.</summary>
    public StreamEventId? Next() => _sent.TryDequeue(out var id) ? id : null;

    public static StreamPositions? From(IDictionary<string, object?>? userContext) =>
        userContext is not null && userContext.TryGetValue(UserContextKey, out var value) ? value as StreamPositions : null;
}

/// <summary>
/// An event's name for transports: its log position, and the text a client sees (the position for <c>changes</c>;
/// position and division code for <c>statisticsChanged</c>, where one commit may update several divisions).
/// </summary>
public sealed record StreamEventId(long Position, string Text)
{
    public static StreamEventId Of(long position) => new(position, position.ToString(System.Globalization.CultureInfo.InvariantCulture));

    /// <summary>The position a client's id names (the text up to a '.'), or null when it names none.</summary>
    public static long? ParsePosition(string? text)
    {
        var head = text?.Split('.')[0];
        return long.TryParse(head, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var position) ? position : null;
    }
}
