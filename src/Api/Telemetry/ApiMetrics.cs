using System.Diagnostics.Metrics;

namespace PartyOrg.Api.Telemetry;

/// <summary>
/// The service's own instruments, on a meter made by the host's <see cref="IMeterFactory"/> (so each host in a
/// process has its own, and it is disposed with the host). Tags are bounded: operation names go through
/// <see cref="OperationNames"/>, outcomes and refusals are error codes of this service.
/// </summary>
public sealed class ApiMetrics
{
    private readonly Counter<long> _requests;
    private readonly Histogram<double> _duration;
    private readonly Counter<long> _refusals;
    private readonly Histogram<long> _statements;
    private readonly UpDownCounter<long> _sockets;
    private readonly UpDownCounter<long> _subscriptions;
    private readonly Counter<long> _events;
    private readonly OperationNames _names = new();

    public ApiMetrics(IMeterFactory meters)
    {
        var meter = meters.Create(ApiTelemetry.Name);
        _requests = meter.CreateCounter<long>("party.graphql.requests", "{request}", "GraphQL operations by operation, transport and outcome (ok or the first error's code).");
        _duration = meter.CreateHistogram<double>("party.graphql.duration", "s", "Time from receiving an operation to its result (for a subscription: to its start).");
        _refusals = meter.CreateCounter<long>("party.graphql.refusals", "{request}", "Operations refused before they ran, by error code (rate limit, cost, depth, authentication, …).");
        _statements = meter.CreateHistogram<long>("party.graphql.sql_statements", "{statement}", "SQL statements one operation ran.");
        _sockets = meter.CreateUpDownCounter<long>("party.websocket.connections", "{connection}", "Open GraphQL WebSocket connections.");
        _subscriptions = meter.CreateUpDownCounter<long>("party.subscriptions.active", "{subscription}", "Running subscriptions, by transport.");
        _events = meter.CreateCounter<long>("party.subscriptions.events", "{event}", "Subscription results handed to a transport, by transport.");
    }

    public void Operation(OperationRecord record)
    {
        var transport = new KeyValuePair<string, object?>(ApiTelemetry.Transport, record.Transport);
        var type = new KeyValuePair<string, object?>(ApiTelemetry.OperationType, record.Type ?? "unknown");
        var outcome = new KeyValuePair<string, object?>(ApiTelemetry.Outcome, record.Outcome);
        _requests.Add(1, transport, type, new(ApiTelemetry.OperationName, _names.Tag(record.Type, record.Name)), outcome);
        _duration.Record(record.Seconds, transport, type, outcome);
        _statements.Record(record.Statements, transport, type);
        if (record.Refused)
        {
            _refusals.Add(1, transport, new KeyValuePair<string, object?>(ApiTelemetry.Code, record.Outcome));
        }
    }

    /// <summary>Counts a socket as open until the result is disposed.</summary>
    public IDisposable SocketOpened()
    {
        _sockets.Add(1);
        return new Open(_sockets);
    }

    public void SubscriptionStarted(string transport) => _subscriptions.Add(1, new KeyValuePair<string, object?>(ApiTelemetry.Transport, transport));

    public void SubscriptionEnded(string transport) => _subscriptions.Add(-1, new KeyValuePair<string, object?>(ApiTelemetry.Transport, transport));

    public void EventDelivered(string transport) => _events.Add(1, new KeyValuePair<string, object?>(ApiTelemetry.Transport, transport));
}

/// <summary>Takes one off an up/down counter, once.</summary>
file sealed class Open(UpDownCounter<long> counter) : IDisposable
{
    private int _closed;

    public void Dispose()
    {
        if (Interlocked.Exchange(ref _closed, 1) == 0)
        {
            counter.Add(-1);
        }
    }
}

/// <summary>What one operation did, as the metrics see it.</summary>
public sealed record OperationRecord(string Transport, string? Type, string? Name, string Outcome, bool Refused, double Seconds, long Statements);
