using System.Text;

namespace PartyOrg.Api.Transport.WebSockets;

/// <summary>
/// Why the server closes a socket: the close code and its description. The 44xx codes are the protocol's;
/// <see cref="SlowConsumer"/> is ours, in the private 4000–4999 range and unused by the protocol.
/// </summary>
public sealed record CloseReason(int Code, string Description)
{
    /// <summary>WebSocket close descriptions are at most 123 bytes of UTF-8 (RFC 6455, 5.5).</summary>
    public const int MaxDescriptionBytes = 123;

    public static CloseReason NormalClosure { get; } = new(1000, "Normal closure");

    /// <summary>The instance is shutting down: the client reconnects (to another instance) and resumes from its last position.</summary>
    public static CloseReason GoingAway { get; } = new(1001, "Server shutting down: reconnect and resume");

    public static CloseReason Unauthorized { get; } = new(4401, "Unauthorized");

    /// <summary>For an <see cref="IConnectionInitHandler"/> that refuses the connection.</summary>
    public static CloseReason Forbidden { get; } = new(4403, "Forbidden");

    public static CloseReason SubprotocolNotAcceptable { get; } = new(4406, "Subprotocol not acceptable");

    public static CloseReason ConnectionInitialisationTimeout { get; } = new(4408, "Connection initialisation timeout");

    /// <summary>
    /// Not in the protocol: the client reads slower than its subscriptions produce and its send queue
    /// filled up. What was queued is dropped; the client reconnects and resumes from the last position it saw.
    /// </summary>
    public static CloseReason SlowConsumer { get; } = new(4413, "Slow consumer: resume from your last position");

    public static CloseReason TooManyInitialisationRequests { get; } = new(4429, "Too many initialisation requests");

    public static CloseReason InternalServerError { get; } = new(4500, "Internal server error");

    /// <summary>An invalid message: 4400 with what was wrong with it.</summary>
    public static CloseReason BadRequest(string description) => new(4400, Fit(description));

    public static CloseReason SubscriberAlreadyExists(string id) => new(4409, Fit($"Subscriber for {id} already exists"));

    /// <summary>The standard code for a message over the size limit.</summary>
    public static CloseReason MessageTooBig(long limit) => new(1009, $"Message larger than {limit} bytes");

    /// <summary>Cuts a description to <see cref="MaxDescriptionBytes"/> without splitting a character.</summary>
    public static string Fit(string description)
    {
        if (Encoding.UTF8.GetByteCount(description) <= MaxDescriptionBytes)
        {
            return description;
        }

        const string ellipsis = "...";
        var builder = new StringBuilder();
        var bytes = 0;
        foreach (var rune in description.EnumerateRunes())
        {
            if (bytes + rune.Utf8SequenceLength > MaxDescriptionBytes - ellipsis.Length)
            {
                break;
            }

            bytes += rune.Utf8SequenceLength;
            builder.Append(rune.ToString());
        }

        return builder.Append(ellipsis).ToString();
    }
}
