using System.Diagnostics;
using System.Text.Json;
using PartyOrg.Benchmarks.Subscriptions;

namespace PartyOrg.Benchmarks.Partners;

/// <summary>
/// The child side of <see cref="ClientProcess"/>: reads a <see cref="ClientPlan"/>, connects every subscriber, then answers
/// <c>count</c> (events received so far) and <c>report</c> (the tallies; then it closes everything and exits). It writes
/// nothing else on standard output.
/// </summary>
public static class ClientHost
{
    public static async Task<int> RunAsync(TextReader input, TextWriter output)
    {
        var plan = JsonSerializer.Deserialize<ClientPlan>(await input.ReadLineAsync() ?? "null")
            ?? throw new InvalidOperationException("The client process got no plan.");
        using var http = EventStreamSubscriber.CreateClient();
        var subscribers = plan.Clients.Select(c => c.Transport == ClientSpec.WebSocket
            ? (ChangeSubscriber)new Subscriber(c.Scope, c.Prefix, plan.Key)
            : new EventStreamSubscriber(c.Scope, c.Prefix, plan.Key, http)).ToList();
        try
        {
            var clock = Stopwatch.StartNew();
            var (connected, failure) = await SubscriptionScenario.ConnectAllAsync(
                subscribers.Select((s, i) => (s, new Uri(plan.Clients[i].Endpoint))), plan.Parallelism, CancellationToken.None);
            var memory = MemoryReading.Take();
            await WriteAsync(output, new ConnectedReport(connected.Count, failure, clock.Elapsed.TotalSeconds, memory.ManagedBytes, memory.WorkingSetBytes));
            var connectedSet = connected.ToHashSet();
            while (await input.ReadLineAsync() is { } command)
            {
                if (command == "count")
                {
                    await WriteAsync(output, connected.Sum(s => (long)s.Received));
                    continue;
                }

                var tallies = subscribers.Select((s, i) => (s, i)).Where(p => connectedSet.Contains(p.s))
                    .Select(p => new SubscriberTally(p.i, p.s.Received, p.s.Duplicates, p.s.Misdelivered, p.s.Problem)).ToList();
                var latencies = new[] { ClientSpec.WebSocket, ClientSpec.EventStream, null }.Select(t => Summarise(t, connected.Where((s, _) => t is null || Transport(s) == t))).ToList();
                await WriteAsync(output, new FinalReport(tallies, latencies));
                return 0;
            }

            return 1;
        }
        finally
        {
            await Task.WhenAll(subscribers.Select(s => s.DisposeAsync().AsTask()));
        }
    }

    private static string Transport(ChangeSubscriber subscriber) => subscriber is Subscriber ? ClientSpec.WebSocket : ClientSpec.EventStream;

    private static LatencySummary Summarise(string? transport, IEnumerable<ChangeSubscriber> subscribers)
    {
        var sorted = subscribers.SelectMany(s => { lock (s.Latencies) { return s.Latencies.ToList(); } }).Order().ToList();
        return new LatencySummary(transport ?? "all", sorted.Count, SubscriptionScenario.Percentile(sorted, 0.5), SubscriptionScenario.Percentile(sorted, 0.99), sorted.Count == 0 ? double.NaN : sorted[^1]);
    }

    private static async Task WriteAsync<T>(TextWriter output, T message)
    {
        await output.WriteLineAsync(JsonSerializer.Serialize(message));
        await output.FlushAsync();
    }
}
