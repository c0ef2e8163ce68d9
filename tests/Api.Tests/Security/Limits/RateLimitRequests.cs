using System.Globalization;
using System.Net;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using PartyOrg.Api.Tests.Support;
using PartyOrg.Domain.Security;

namespace PartyOrg.Api.Tests.Security.Limits;

/// <summary>One answer of a rate-limited host: status, Retry-After and body.</summary>
internal sealed record LimitedAnswer(int Status, string? RetryAfter, JsonElement Body);

/// <summary>Requests to a rate-limited test server from a connection address (and forwarded-for header) of the test's choice.</summary>
internal static class RateLimitRequests
{
    public const string Query = "{ region { code } }";

    /// <summary>
    /// POSTs <see cref="Query"/> through <c>TestServer.SendAsync</c>, which lets the test set the connection's
    /// remote address (a plain client from the test server has none of its own choosing).
    /// </summary>
    public static async Task<LimitedAnswer> PostAsync(this ApiFactory api, string? remoteAddress, string? forwardedFor = null, string? key = null)
    {
        var body = JsonSerializer.SerializeToUtf8Bytes(new { query = Query });
        var context = await api.Server.SendAsync(http =>
        {
            http.Request.Method = "POST";
            http.Request.Path = GraphQLHttp.Path;
            http.Request.ContentType = "application/json";
            http.Request.ContentLength = body.Length;
            http.Request.Body = new MemoryStream(body);
            if (remoteAddress is not null)
            {
                http.Connection.RemoteIpAddress = IPAddress.Parse(remoteAddress);
            }

            if (forwardedFor is not null)
            {
                http.Request.Headers["X-Forwarded-For"] = forwardedFor;
            }

            if (key is not null)
            {
                http.Request.Headers.Authorization = $"Bearer {key}";
            }
        });
        using var document = await JsonDocument.ParseAsync(context.Response.Body);
        var retryAfter = context.Response.Headers.RetryAfter.ToString();
        return new LimitedAnswer(context.Response.StatusCode, retryAfter.Length == 0 ? null : retryAfter, document.RootElement.Clone());
    }

    /// <summary>POSTs <see cref="Query"/> with a plain client of the test server, whose connections report no remote address.</summary>
    public static async Task<LimitedAnswer> PostWithClientAsync(this ApiFactory api, string? forwardedFor = null)
    {
        using var client = api.CreateClient((string?)null);
        using var request = GraphQLHttp.PostQuery(Query);
        if (forwardedFor is not null)
        {
            request.Headers.Add("X-Forwarded-For", forwardedFor);
        }

        using var response = await client.SendAsync(request);
        var retryAfter = response.Headers.RetryAfter?.ToString();
        return new LimitedAnswer((int)response.StatusCode, string.IsNullOrEmpty(retryAfter) ? null : retryAfter, await response.ReadJsonAsync());
    }

    /// <summary>Sends <paramref name="count"/> requests and asserts every one was served.</summary>
    public static async Task AllServedAsync(this ApiFactory api, int count, string? remoteAddress, string? forwardedFor = null, string? key = null)
    {
        for (var i = 1; i <= count; i++)
        {
            var answer = await api.PostAsync(remoteAddress, forwardedFor, key);
            Assert.True(answer.Status == 200, $"Request {i} of {count} got {answer.Status}: {answer.Body}");
        }
    }

    /// <summary>Asserts a 429 with a positive whole Retry-After that the body repeats, and the limit it names.</summary>
    public static void AssertRateLimited(LimitedAnswer answer, int limit)
    {
        Assert.Equal(429, answer.Status);
        Assert.True(int.TryParse(answer.RetryAfter, CultureInfo.InvariantCulture, out var seconds) && seconds > 0, $"Retry-After '{answer.RetryAfter}' is not a positive whole number.");
        var extensions = answer.Body.Refused("RATE_LIMITED");
        Assert.Equal((limit, 60, seconds), (extensions.GetProperty("limit").GetInt32(), extensions.GetProperty("windowSeconds").GetInt32(), extensions.GetProperty("retryAfterSeconds").GetInt32()));
    }

    /// <summary>A fresh key, so each test counts in a partition of its own.</summary>
    public static async Task<string> FreshKeyAsync(this ApiFactory api, string name) =>
        (await api.Services.GetRequiredService<ApiKeys>().CreateAsync(name, Role.Dashboard, "150000", null, CancellationToken.None)).Text;
}
