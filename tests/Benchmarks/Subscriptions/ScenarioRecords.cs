using System.Diagnostics;

namespace PartyOrg.Benchmarks.Subscriptions;

/// <summary>How many subscribers, how many mutations at what rate, and how long to wait for the last deliveries.</summary>
public sealed record ScenarioSettings(int Subscribers, double MutationsPerSecond, TimeSpan MutationWindow, TimeSpan Drain, int ConnectParallelism);

/// <summary>What one scenario measured.</summary>
public sealed record ScenarioResult(
    string Name,
    int SubscribersWanted,
    int SubscribersConnected,
    string? ConnectFailure,
    TimeSpan ConnectTime,
    int MutationsSent,
    int MutationsCommitted,
    double MutationP50Ms,
    TimeSpan MutationSpan,
    long Expected,
    long Delivered,
    int Duplicates,
    int Misdelivered,
    int SubscribersWithProblems,
    string? FirstProblem,
    double LatencyP50Ms,
    double LatencyP99Ms,
    double LatencyMaxMs,
    double DeliveredPerSecond,
    TimeSpan DeliverySpan,
    MemoryReading Before,
    MemoryReading Subscribed,
    MemoryReading After);

/// <summary>Managed heap after a full collection and the process working set, in bytes.</summary>
public readonly record struct MemoryReading(long ManagedBytes, long WorkingSetBytes)
{
    public static MemoryReading Take()
    {
        var managed = GC.GetTotalMemory(forceFullCollection: true);
        using var process = Process.GetCurrentProcess();
        return new MemoryReading(managed, process.WorkingSet64);
    }
}
