using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Json;
using System.Text.Json;
using PartyOrg.Api.Schema.Common;
using PartyOrg.Benchmarks.Statistics;
using PartyOrg.Benchmarks.Subscriptions;

namespace PartyOrg.Benchmarks.Soak;

/// <summary>What one request of the soak did: when (minute of the run), what, how long, and whether it failed.</summary>
public sealed record SoakRequest(int Minute, string Kind, double Milliseconds, string? Error, string? VillageCode);

/// <summary>
/// The soak's open-loop load: dashboard queries, drill-down queries and mutations, each sent on its own schedule
/// whatever the answers take (so a slow server shows as latency, not as a lower rate), alternating between the instances.
/// </summary>
public sealed class SoakLoad(IReadOnlyList<SoakInstance> instances, string key, Catalogue catalogue, IReadOnlyList<TargetBranch> targets) : IDisposable
{
    private const string RecordMeeting =
        "mutation($input: RecordMeetingInput!) { recordMeeting(input: $input) { meeting { heldOn } errors { __typename ... on Error { message } } } }";

    private const string DrillDown = """
        query($banner: String!) {
          division(code: $banner) { code stats { memberCount strongestBranchShare } }
          branches(within: $banner, first: 10) { totalCount nodes { id name sector members(first: 10) { totalCount nodes { id name joinedOn } } } }
        }
        """;

    private readonly HttpClient _http = CreateClient(key);

    public ConcurrentQueue<SoakRequest> Requests { get; } = new();

    /// <summary>Sends <paramref name="perSecond"/> requests of each kind until <paramref name="duration"/> is over, then waits for the last answers.</summary>
    public async Task RunAsync(TimeSpan duration, double mutationsPerSecond, double queriesPerSecond, Stopwatch clock, CancellationToken cancellationToken)
    {
        await Task.WhenAll(
            ScheduleAsync(mutationsPerSecond, duration, clock, i => MutateAsync(i, clock, cancellationToken), cancellationToken),
            ScheduleAsync(queriesPerSecond, duration, clock, i => DashboardAsync(i, clock, cancellationToken), cancellationToken),
            ScheduleAsync(queriesPerSecond, duration, clock, i => DrillDownAsync(i, clock, cancellationToken), cancellationToken));
    }

    private static async Task ScheduleAsync(double perSecond, TimeSpan duration, Stopwatch clock, Func<int, Task> send, CancellationToken cancellationToken)
    {
        var interval = TimeSpan.FromSeconds(1 / perSecond);
        var start = clock.Elapsed;
        var inFlight = new List<Task>();
        for (var i = 0; interval * i < duration; i++)
        {
            var wait = start + interval * i - clock.Elapsed;
            if (wait > TimeSpan.Zero)
            {
                await Task.Delay(wait, cancellationToken);
            }

            inFlight.Add(send(i));
            inFlight.RemoveAll(t => t.IsCompleted);
        }

        await Task.WhenAll(inFlight);
    }

    private Task MutateAsync(int i, Stopwatch clock, CancellationToken cancellationToken)
    {
        var branch = targets[i % targets.Count];
        var variables = new
        {
            input = new
            {
                branchId = NodeId.Encode("Branch", branch.Id),
                kind = "THEMED_PARTY_DAY",
                heldOn = DateOnly.FromDateTime(DateTime.UtcNow).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                attendance = 1,
            },
        };
        return SendAsync(i, "mutation", RecordMeeting, variables, branch.VillageCode, clock,
            data => data.GetProperty("recordMeeting").GetProperty("errors").ValueKind == JsonValueKind.Null ? null : data.GetProperty("recordMeeting").GetProperty("errors").ToString(),
            cancellationToken);
    }

    private Task DashboardAsync(int i, Stopwatch clock, CancellationToken cancellationToken) =>
        SendAsync(i, "dashboard", DashboardQuery.GraphQL, null, null, clock,
            data => data.GetProperty("banners").GetProperty("nodes").GetArrayLength() > 0 ? null : "no banners", cancellationToken);

    private Task DrillDownAsync(int i, Stopwatch clock, CancellationToken cancellationToken) =>
        SendAsync(i, "drill-down", DrillDown, new { banner = catalogue.Banners[i % catalogue.Banners.Count] }, null, clock,
            data => data.GetProperty("division").ValueKind == JsonValueKind.Object ? null : "no division", cancellationToken);

    private async Task SendAsync(int i, string kind, string query, object? variables, string? village, Stopwatch clock, Func<JsonElement, string?> check, CancellationToken cancellationToken)
    {
        var instance = instances[i % instances.Count];
        var started = clock.Elapsed;
        string? error;
        try
        {
            using var response = await _http.PostAsJsonAsync(new Uri(instance.Address, "/graphql"), new { query, variables }, cancellationToken);
            var text = await response.Content.ReadAsStringAsync(cancellationToken);
            using var json = JsonDocument.Parse(text);
            error = !response.IsSuccessStatusCode || json.RootElement.TryGetProperty("errors", out _)
                ? $"{(int)response.StatusCode} {text[..Math.Min(300, text.Length)]}"
                : check(json.RootElement.GetProperty("data"));
        }
        catch (Exception e) when (e is HttpRequestException or TaskCanceledException or JsonException)
        {
            error = $"{e.GetType().Name}: {e.Message}";
        }

        var elapsed = clock.Elapsed;
        Requests.Enqueue(new SoakRequest((int)(started.TotalMinutes), kind, (elapsed - started).TotalMilliseconds, error, error is null ? village : null));
    }

    private static HttpClient CreateClient(string key)
    {
        var http = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = 64, UseProxy = false }) { Timeout = TimeSpan.FromSeconds(30) };
        http.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", key);
        return http;
    }

    public void Dispose() => _http.Dispose();
}
