using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;

namespace PartyOrg.Api.Tests.Support;

/// <summary>Builds GraphQL-over-HTTP requests and reads their answers.</summary>
public static class GraphQLHttp
{
    public const string Path = "/graphql";
    public const string GraphQLResponse = "application/graphql-response+json";

    public static HttpRequestMessage Post(string body, string? accept = null, string contentType = "application/json")
    {
        var request = new HttpRequestMessage(HttpMethod.Post, Path)
        {
            Content = new StringContent(body, Encoding.UTF8, contentType),
        };
        if (accept is not null)
        {
            request.Headers.Accept.Add(MediaTypeWithQualityHeaderValue.Parse(accept));
        }

        return request;
    }

    public static HttpRequestMessage PostQuery(string query, string? accept = null) =>
        Post(JsonSerializer.Serialize(new { query }), accept);

    public static HttpRequestMessage Get(string query) =>
        new(HttpMethod.Get, $"{Path}?query={Uri.EscapeDataString(query)}");

    public static async Task<JsonElement> ReadJsonAsync(this HttpResponseMessage response, CancellationToken cancellationToken = default)
    {
        await using var stream = await response.Content.ReadAsStreamAsync(cancellationToken);
        using var document = await JsonDocument.ParseAsync(stream, cancellationToken: cancellationToken);
        return document.RootElement.Clone();
    }

    public static string? MediaType(this HttpResponseMessage response) => response.Content.Headers.ContentType?.MediaType;

    /// <summary>The <c>extensions.code</c> of the first error.</summary>
    public static string? FirstErrorCode(this JsonElement body) =>
        body.GetProperty("errors")[0].GetProperty("extensions").GetProperty("code").GetString();

    public static string? FirstErrorMessage(this JsonElement body) =>
        body.GetProperty("errors")[0].GetProperty("message").GetString();
}
