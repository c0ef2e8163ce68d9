namespace PartyOrg.Benchmarks.Partners;

/// <summary>One subscriber the client process opens: over which transport, to which instance, on which scope.</summary>
public sealed record ClientSpec(string Transport, string Endpoint, string Scope, string Prefix)
{
    public const string WebSocket = "ws";
    public const string EventStream = "sse";
}

/// <summary>What the client process is told, as one JSON line on its standard input.</summary>
public sealed record ClientPlan(string Key, int Parallelism, IReadOnlyList<ClientSpec> Clients);

/// <summary>The client process's answer once every subscriber connected (or failed to), with its own memory.</summary>
public sealed record ConnectedReport(int Connected, string? Failure, double Seconds, long ManagedBytes, long WorkingSetBytes);

/// <summary>One subscriber's tally, by its index in the plan.</summary>
public sealed record SubscriberTally(int Index, int Received, int Duplicates, int Misdelivered, string? Problem);

/// <summary>Commit→delivery latencies of one transport, in milliseconds.</summary>
public sealed record LatencySummary(string Transport, int Count, double P50, double P99, double Max);

/// <summary>The client process's last answer: every connected subscriber's tally and the latencies per transport.</summary>
public sealed record FinalReport(IReadOnlyList<SubscriberTally> Subscribers, IReadOnlyList<LatencySummary> Latencies);
