using System.Diagnostics;
using GraphQL;

namespace PartyOrg.Api.Telemetry;

/// <summary>
/// One GraphQL operation as telemetry sees it, from its arrival at a transport to its result: the span
/// (renamed <c>query Dashboard</c> once the document is read), the statements it ran, its metrics and the
/// request log line. Refusals before execution (rate limit, authentication) are recorded the same way.
/// Only shapes go in: type, name, the document's hash, cost, counts and codes.
/// </summary>
public sealed class OperationTelemetry : IDisposable
{
    private const string SpanName = "graphql";

    private readonly ApiMetrics _metrics;
    private readonly RequestLog _log;
    private readonly Activity? _activity;
    private readonly StatementCounter.Tally _statements;
    private readonly long _started = Stopwatch.GetTimestamp();
    private string? _type;
    private string? _name;
    private double? _fieldCost;
    private int _finished;

    internal OperationTelemetry(ApiMetrics metrics, RequestLog log, string transport, string? keyId)
    {
        _metrics = metrics;
        _log = log;
        Transport = transport;
        KeyId = keyId;
        _activity = ApiTelemetry.Source.StartActivity(SpanName);
        _activity?.SetTag(ApiTelemetry.Transport, transport);
        TraceId = Activity.Current?.TraceId.ToString();
        _statements = StatementCounter.Begin();
    }

    /// <summary>Where the operation came in: http, sse, multipart, websocket, webhook.</summary>
    public string Transport { get; set; }

    /// <summary>The id of the caller's key (never the key itself), once known.</summary>
    public string? KeyId { get; set; }

    /// <summary>The span, for spans that outlive it (a subscription's) to hang under; default without tracing.</summary>
    public ActivityContext Context => _activity?.Context ?? default;

    private string? TraceId { get; }

    /// <summary>The operation as read from the document: its type (query, mutation, subscription), its name if any, the document's SHA-256.</summary>
    public void Describe(string? type, string? name, string? documentHash)
    {
        _type = type;
        _name = string.IsNullOrEmpty(name) ? null : name;
        if (_activity is { } activity)
        {
            activity.DisplayName = type is null ? SpanName : _name is null ? type : $"{type} {_name}";
            activity.SetTag(ApiTelemetry.OperationType, type);
            activity.SetTag(ApiTelemetry.OperationName, _name);
            activity.SetTag(ApiTelemetry.DocumentHash, documentHash);
        }
    }

    /// <summary>The cost the validation computed (see OperationCostRule).</summary>
    public void Cost(double fieldCost, double typeCost)
    {
        _fieldCost = fieldCost;
        _activity?.SetTag(ApiTelemetry.FieldCost, fieldCost);
        _activity?.SetTag(ApiTelemetry.TypeCost, typeCost);
    }

    /// <summary>Records the result; the first call counts, later ones are ignored.</summary>
    public void Finish(ExecutionResult result)
    {
        var code = result.Errors is { Count: > 0 } errors ? errors[0].Code ?? "ERROR" : null;
        End(code ?? ApiTelemetry.Ok, refused: code is not null && !result.Executed);
    }

    /// <summary>Records a refusal before anything was read (rate limit, authentication), by its error code.</summary>
    public void Refuse(string code) => End(code, refused: true);

    /// <summary>An operation left without a result (the client went away, or the handler failed) is recorded as <c>ABORTED</c>.</summary>
    public void Dispose() => End("ABORTED", refused: false);

    private void End(string outcome, bool refused)
    {
        if (Interlocked.Exchange(ref _finished, 1) != 0)
        {
            return;
        }

        var elapsed = Stopwatch.GetElapsedTime(_started);
        var statements = _statements.Count;
        if (_activity is { } activity)
        {
            activity.SetTag(ApiTelemetry.Outcome, outcome);
            activity.SetTag(ApiTelemetry.Statements, statements);
            if (outcome != ApiTelemetry.Ok)
            {
                activity.SetStatus(ActivityStatusCode.Error, outcome);
            }

            activity.Dispose();
        }

        _metrics.Operation(new OperationRecord(Transport, _type, _name, outcome, refused, elapsed.TotalSeconds, statements));
        _log.Operation(Transport, _type, _name, KeyId, _fieldCost, elapsed.TotalMilliseconds, outcome, statements, TraceId);
    }
}

/// <summary>Starts the telemetry of operations; a singleton.</summary>
public sealed class OperationTelemetryFactory(ApiMetrics metrics, RequestLog log)
{
    public OperationTelemetry Start(string transport, string? keyId = null) => new(metrics, log, transport, keyId);
}
