using System.Text.Json;

namespace PartyOrg.Benchmarks.Subscriptions;

/// <summary>
/// One client of <c>changes(scope:)</c>, whatever its transport: records every event it receives with its latency
/// (receipt − the event's <c>committedAt</c>), duplicates, events outside its scope, and the first thing that went wrong.
/// </summary>
public abstract class ChangeSubscriber(string scope, string prefix) : IAsyncDisposable
{
    public const string Query = "subscription($scope: String!) { changes(scope: $scope) { position kind committedAt village { code } } }";

    protected static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);

    private readonly HashSet<string> _positions = [];

    public string Scope { get; } = scope;

    /// <summary>The village-code prefix of the scope's subtree: an event belongs to it when its village starts with it.</summary>
    public string Prefix { get; } = prefix;

    /// <summary>Latencies in milliseconds (receipt − committedAt), one per event received.</summary>
    public List<double> Latencies { get; } = [];

    public int Received { get; private set; }

    public int Duplicates { get; private set; }

    /// <summary>Events whose village lies outside the scope.</summary>
    public int Misdelivered { get; private set; }

    /// <summary>Anything but a result: an error, the end of the stream, a failure of the loop.</summary>
    public string? Problem { get; private set; }

    public abstract Task ConnectAndSubscribeAsync(Uri endpoint, CancellationToken cancellationToken);

    public abstract ValueTask DisposeAsync();

    protected void Fail(string problem) => Problem ??= problem;

    /// <summary>Records one result (<c>{"data": {"changes": …}}</c> or <c>{"errors": …}</c>) received at <paramref name="receivedAt"/>.</summary>
    protected void Record(JsonElement result, DateTimeOffset receivedAt)
    {
        if (result.TryGetProperty("errors", out var errors))
        {
            Fail($"errors {errors}");
            return;
        }

        var change = result.GetProperty("data").GetProperty("changes");
        lock (Latencies)
        {
            if (!_positions.Add(change.GetProperty("position").GetString()!))
            {
                Duplicates++;
                return;
            }

            Received++;
            Latencies.Add((receivedAt - change.GetProperty("committedAt").GetDateTimeOffset()).TotalMilliseconds);
            if (!change.GetProperty("village").GetProperty("code").GetString()!.StartsWith(Prefix, StringComparison.Ordinal))
            {
                Misdelivered++;
            }
        }
    }
}
