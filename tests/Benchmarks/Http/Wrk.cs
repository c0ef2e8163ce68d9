using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace PartyOrg.Benchmarks.Http;

/// <summary>What wrk reported for one run.</summary>
public sealed record WrkResult(double RequestsPerSecond, long Requests, long Failed, string P50, string P99, string Errors);

/// <summary>
/// Runs Debian's <c>wrk</c> (HTTP/1.1 keep-alive load generator) against a loopback URL: POSTs of one JSON body with
/// a fixed number of connections for a bounded time, and reads the rate, latency percentiles and failures it prints.
/// </summary>
public static partial class Wrk
{
    public const string Missing = "wrk is not installed: the HTTP suite uses Debian's load generator (apt-get install -y wrk).";

    /// <summary>The path of wrk on PATH, or null.</summary>
    public static string? Find() =>
        (Environment.GetEnvironmentVariable("PATH") ?? "").Split(':', StringSplitOptions.RemoveEmptyEntries)
            .Select(folder => Path.Combine(folder, "wrk")).FirstOrDefault(File.Exists);

    public static async Task<WrkResult> RunAsync(string wrk, Uri url, string query, int connections, int threads, TimeSpan duration, CancellationToken cancellationToken)
    {
        if (!url.IsLoopback)
        {
            throw new InvalidOperationException($"The HTTP suite loads loopback only, not {url}.");
        }

        var script = Path.Combine(Path.GetTempPath(), $"party-wrk-{Guid.NewGuid():N}.lua");
        var body = JsonSerializer.Serialize(new { query });
        await File.WriteAllTextAsync(script,
            $"wrk.method = \"POST\"\nwrk.headers[\"Content-Type\"] = \"application/json\"\nwrk.body = [==[{body}]==]\n", cancellationToken);
        try
        {
            var start = new ProcessStartInfo(wrk)
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                UseShellExecute = false,
            };
            foreach (var argument in new[]
            {
                "-t", threads.ToString(CultureInfo.InvariantCulture), "-c", connections.ToString(CultureInfo.InvariantCulture),
                "-d", $"{(int)duration.TotalSeconds}s", "--timeout", "10s", "--latency", "-s", script, url.ToString(),
            })
            {
                start.ArgumentList.Add(argument);
            }

            using var process = Process.Start(start) ?? throw new InvalidOperationException($"{wrk} did not start.");
            var output = process.StandardOutput.ReadToEndAsync(cancellationToken);
            var error = process.StandardError.ReadToEndAsync(cancellationToken);
            await process.WaitForExitAsync(cancellationToken);
            var text = await output;
            return process.ExitCode != 0
                ? throw new InvalidOperationException($"wrk exited with {process.ExitCode}: {await error}{text}")
                : Parse(text);
        }
        finally
        {
            File.Delete(script);
        }
    }

    private static WrkResult Parse(string text)
    {
        var rate = Match(RateLine(), text) ?? throw new InvalidOperationException($"wrk printed no Requests/sec:\n{text}");
        var requests = Match(RequestsLine(), text) ?? "0";
        var non2xx = Match(Non2xxLine(), text);
        var socketErrors = Match(SocketErrorsLine(), text);
        return new WrkResult(
            double.Parse(rate, CultureInfo.InvariantCulture),
            long.Parse(requests, CultureInfo.InvariantCulture),
            non2xx is null ? 0 : long.Parse(non2xx, CultureInfo.InvariantCulture),
            Match(Percentile50(), text) ?? "?",
            Match(Percentile99(), text) ?? "?",
            socketErrors?.Trim() ?? "none");
    }

    private static string? Match(Regex regex, string text) => regex.Match(text) is { Success: true } m ? m.Groups[1].Value : null;

    [GeneratedRegex(@"Requests/sec:\s+([0-9.]+)")]
    private static partial Regex RateLine();

    [GeneratedRegex(@"([0-9]+) requests in ")]
    private static partial Regex RequestsLine();

    [GeneratedRegex(@"Non-2xx or 3xx responses:\s+([0-9]+)")]
    private static partial Regex Non2xxLine();

    [GeneratedRegex(@"Socket errors:(.*)")]
    private static partial Regex SocketErrorsLine();

    [GeneratedRegex(@"\n\s+50%\s+(\S+)")]
    private static partial Regex Percentile50();

    [GeneratedRegex(@"\n\s+99%\s+(\S+)")]
    private static partial Regex Percentile99();
}
