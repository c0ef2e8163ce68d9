using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Headers;
using System.Text.Json;

namespace PartyOrg.Benchmarks.Security;

/// <summary>
/// One answer as the client saw it: status, time from sending until the last byte of the body was read,
/// the body, and the Retry-After header. The body is parsed only when asked, after the clock has stopped.
/// </summary>
public sealed record Reply(int Status, double Milliseconds, byte[] Body, string? RetryAfter)
{
    /// <summary>The codes of the answer's errors in order (duplicates kept out), or none.</summary>
    public IReadOnlyList<string> ErrorCodes()
    {
        if (Json() is not { } root || !root.TryGetProperty("errors", out var errors) || errors.ValueKind != JsonValueKind.Array)
        {
            return [];
        }

        return [.. errors.EnumerateArray()
            .Select(e => e.TryGetProperty("extensions", out var x) && x.TryGetProperty("code", out var c) ? c.GetString() ?? "?" : "(no code)")
            .Distinct(StringComparer.Ordinal)];
    }

    /// <summary>The first error's extensions other than its code, as <c>name=value</c> pairs; else its message.</summary>
    public string Detail()
    {
        if (Json() is not { } root || !root.TryGetProperty("errors", out var errors) || errors.GetArrayLength() == 0)
        {
            return "";
        }

        var error = errors[0];
        var pairs = error.TryGetProperty("extensions", out var extensions) && extensions.ValueKind == JsonValueKind.Object
            ? extensions.EnumerateObject().Where(p => p.Name != "code" && p.Value.ValueKind is JsonValueKind.Number or JsonValueKind.String)
                .Select(p => $"{p.Name}={p.Value}").ToList()
            : [];
        return pairs.Count > 0 ? string.Join(' ', pairs) : error.GetProperty("message").GetString() ?? "";
    }

    /// <summary>The <c>extensions.operationCost</c> of an answer sent with <c>GraphQL-Cost: report</c>.</summary>
    public string Cost() =>
        Json() is { } root && root.TryGetProperty("extensions", out var x) && x.TryGetProperty("operationCost", out var cost)
            ? $"{cost.GetProperty("fieldCost")} / {cost.GetProperty("typeCost")}"
            : "?";

    private JsonElement? Json()
    {
        try
        {
            return JsonDocument.Parse(Body).RootElement.Clone();
        }
        catch (JsonException)
        {
            return null;
        }
    }
}

/// <summary>
/// POSTs GraphQL requests over loopback HTTP/1.1 to any of the suite's hosts, each with its own key or none,
/// and times them to the last byte. Unlike <see cref="Measuring.GraphQLClient"/> it takes any status.
/// </summary>
public sealed class SecurityClient(int connections) : IDisposable
{
    private static readonly MediaTypeWithQualityHeaderValue GraphQLResponse = new("application/graphql-response+json");
    private static readonly MediaTypeHeaderValue JsonContent = new("application/json") { CharSet = "utf-8" };

    private readonly HttpClient _http = new(new SocketsHttpHandler { MaxConnectionsPerServer = connections, UseProxy = false })
    {
        Timeout = TimeSpan.FromMinutes(2),
    };

    public static byte[] Body(string query, object? variables = null) =>
        JsonSerializer.SerializeToUtf8Bytes(new Dictionary<string, object?> { ["query"] = query, ["variables"] = variables });

    /// <summary>Sends the body with <c>Authorization: Bearer key</c> (none when null) and reads the whole answer.</summary>
    public async Task<Reply> SendAsync(Uri endpoint, byte[] body, string? key, CancellationToken cancellationToken, bool reportCost = false)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, endpoint) { Content = new ByteArrayContent(body) };
        request.Content.Headers.ContentType = JsonContent;
        request.Headers.Accept.Add(GraphQLResponse);
        if (key is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", key);
        }

        if (reportCost)
        {
            request.Headers.Add("GraphQL-Cost", "report");
        }

        var start = Stopwatch.GetTimestamp();
        using var response = await _http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, cancellationToken);
        var bytes = await response.Content.ReadAsByteArrayAsync(cancellationToken);
        var elapsed = Stopwatch.GetElapsedTime(start).TotalMilliseconds;
        var retryAfter = response.Headers.RetryAfter is { } header
            ? header.Delta is { } delta ? delta.TotalSeconds.ToString(CultureInfo.InvariantCulture) : header.ToString()
            : null;
        return new Reply((int)response.StatusCode, elapsed, bytes, retryAfter);
    }

    public void Dispose() => _http.Dispose();
}
