using System.Globalization;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using PartyOrg.Api.Tests.Support;

namespace PartyOrg.Api.Tests.Security.Hostile;

/// <summary>What came back: the status, the headers and the body, as JSON (when it is JSON) and as text.</summary>
public sealed record Answer(int Status, HttpResponseHeaders Headers, HttpContentHeaders ContentHeaders, JsonElement Body, string Text)
{
    public JsonElement Error => Body.GetProperty("errors")[0];

    public JsonElement Extensions => Error.GetProperty("extensions");

    public string? Message => Error.GetProperty("message").GetString();

    public JsonElement Data => Body.GetProperty("data");

    public string? MediaType => ContentHeaders.ContentType?.MediaType;
}

/// <summary>Builds hostile requests, sends them with a client timeout, and checks the answers.</summary>
public static class HostileHttp
{
    /// <summary>Longest a case may wait for one answer: a hang fails the case instead of the run.</summary>
    public static readonly TimeSpan ClientTimeout = TimeSpan.FromSeconds(20);

    private static readonly HttpRequestOptionsKey<bool> AnonymousOption = new("hostile.anonymous");

    public static HttpRequestMessage Query(string query, object? variables = null, string? operationName = null) =>
        GraphQLHttp.Post(JsonSerializer.Serialize(new { query, variables, operationName }));

    public static HttpRequestMessage Json(string body, string contentType = "application/json")
    {
        var request = GraphQLHttp.Post(body);
        request.Content!.Headers.Remove("Content-Type");
        request.Content.Headers.TryAddWithoutValidation("Content-Type", contentType);
        return request;
    }

    public static HttpRequestMessage Bytes(byte[] body)
    {
        var content = new ByteArrayContent(body);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        return new HttpRequestMessage(HttpMethod.Post, GraphQLHttp.Path) { Content = content };
    }

    public static HttpRequestMessage Get(string query, string? operationName = null) =>
        new(HttpMethod.Get, $"{GraphQLHttp.Path}?query={Uri.EscapeDataString(query)}" +
            (operationName is null ? "" : $"&operationName={Uri.EscapeDataString(operationName)}"));

    /// <summary>Sent without any Authorization header (by default the corpus sends the admin key).</summary>
    public static HttpRequestMessage Anonymous(this HttpRequestMessage request)
    {
        request.Options.Set(AnonymousOption, true);
        return request;
    }

    public static HttpRequestMessage As(this HttpRequestMessage request, string key)
    {
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", key);
        return request;
    }

    /// <summary>A header as sent, unchecked by the client (hostile Authorization values, Accept and the like).</summary>
    public static HttpRequestMessage WithHeader(this HttpRequestMessage request, string name, string value)
    {
        request.Headers.TryAddWithoutValidation(name, value);
        return request;
    }

    public static async Task<Answer> SendAsync(this HostileApiFactory api, HttpRequestMessage request, CancellationToken cancellationToken)
    {
        using (request)
        {
            var anonymous = request.Options.TryGetValue(AnonymousOption, out var value) && value;
            if (!anonymous && !request.Headers.Contains("Authorization"))
            {
                request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", api.ClientKey);
            }

            using var client = api.Server.CreateClient();
            using var response = await client.SendAsync(request, cancellationToken);
            var text = await response.Content.ReadAsStringAsync(cancellationToken);
            var body = response.Content.Headers.ContentType?.MediaType?.EndsWith("json", StringComparison.Ordinal) == true
                ? JsonDocument.Parse(text).RootElement.Clone()
                : default;
            return new Answer((int)response.StatusCode, response.Headers, response.Content.Headers, body, text);
        }
    }

    /// <summary>
    /// Refused with this status and code, naming these extension values; a 4xx answer carries no <c>data</c>,
    /// and no answer shows the server's insides (exception names, stack frames, the database engine).
    /// </summary>
    public static void AssertRefused(this Answer answer, int status, string code, params (string Key, object Value)[] extensions)
    {
        Assert.True(answer.Status == status, $"Expected HTTP {status}, got {answer.Status}: {Shorten(answer.Text)}");
        Assert.True(answer.Body.ValueKind == JsonValueKind.Object, $"Expected a JSON answer, got {answer.MediaType}: {Shorten(answer.Text)}");
        Assert.Equal(code, answer.Extensions.GetProperty("code").GetString());
        foreach (var (key, expected) in extensions)
        {
            Assert.True(answer.Extensions.TryGetProperty(key, out var actual), $"No extension '{key}' in {Shorten(answer.Text)}");
            AssertValue(expected, actual, key);
        }

        if (status >= 400)
        {
            Assert.False(answer.Body.TryGetProperty("data", out _), $"A {status} answer has data: {Shorten(answer.Text)}");
        }

        answer.AssertNoLeak();
    }

    /// <summary>Served: 200, no errors; returns the data.</summary>
    public static JsonElement AssertAnswered(this Answer answer)
    {
        Assert.True(answer.Status == 200, $"Expected HTTP 200, got {answer.Status}: {Shorten(answer.Text)}");
        Assert.False(answer.Body.TryGetProperty("errors", out var errors), $"Expected no errors, got {Shorten(errors.ToString())}");
        answer.AssertNoLeak();
        return answer.Data;
    }

    public static void AssertNoLeak(this Answer answer)
    {
        Assert.DoesNotContain("Exception", answer.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", answer.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("sqlite", answer.Text, StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>The normal query every case is followed by: the region's code and name.</summary>
    public static async Task AssertStillAnswersAsync(this HostileApiFactory api)
    {
        using var timeout = new CancellationTokenSource(ClientTimeout);
        var region = (await api.SendAsync(Query("{ region { code name } }"), timeout.Token)).AssertAnswered().GetProperty("region");
        Assert.Equal("150000", region.GetProperty("code").GetString());
        Assert.Equal("内蒙古自治区", region.GetProperty("name").GetString());
    }

    public static int Int(this JsonElement data, params string[] path)
    {
        foreach (var name in path)
        {
            data = data.GetProperty(name);
        }

        return data.GetInt32();
    }

    private static void AssertValue(object expected, JsonElement actual, string key)
    {
        if (expected is string text)
        {
            Assert.True(actual.ValueKind == JsonValueKind.String && actual.GetString() == text, $"Extension '{key}': expected \"{text}\", got {actual}");
        }
        else
        {
            var number = Convert.ToDouble(expected, CultureInfo.InvariantCulture);
            Assert.True(actual.ValueKind == JsonValueKind.Number && actual.GetDouble() == number, $"Extension '{key}': expected {number}, got {actual}");
        }
    }

    private static string Shorten(string text) => text.Length > 600 ? text[..600] + "…" : text;

    /// <summary><paramref name="count"/> copies of <paramref name="text"/>, joined by a space.</summary>
    public static string Times(this string text, int count) => string.Join(' ', Enumerable.Repeat(text, count));

    /// <summary><paramref name="open"/> repeated, <paramref name="inner"/>, then <paramref name="close"/> as often.</summary>
    public static string Nested(string open, string inner, string close, int depth)
    {
        var builder = new StringBuilder();
        builder.Insert(0, open, depth).Append(inner).Insert(builder.Length, close, depth);
        return builder.ToString();
    }
}
