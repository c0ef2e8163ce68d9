using System.Buffers;
using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;

namespace PartyOrg.Benchmarks.Measuring;

/// <summary>POSTs GraphQL requests to the server over loopback HTTP/1.1, reading each response to its end.</summary>
public sealed class GraphQLClient : IDisposable
{
    private static readonly MediaTypeWithQualityHeaderValue GraphQLResponse = new("application/graphql-response+json");
    private static readonly MediaTypeHeaderValue JsonContent = new("application/json") { CharSet = "utf-8" };

    private readonly HttpClient _http;
    private readonly Uri _endpoint;

    public GraphQLClient(Uri server, int connections, string key)
    {
        _endpoint = new Uri(server, "/graphql");
        _http = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = connections, UseProxy = false })
        {
            Timeout = TimeSpan.FromMinutes(1),
        };
        _http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", key);
    }

    public static byte[] Body(string query) => JsonSerializer.SerializeToUtf8Bytes(new { query });

    /// <summary>Sends the request and drains the response into a scratch buffer; returns its length in bytes.</summary>
    public async Task<long> SendAsync(byte[] body, CancellationToken cancellationToken)
    {
        using var response = await PostAsync(body, cancellationToken);
        await using var stream = await response.Content.ReadAsStreamAsync(cancellationToken);
        var buffer = ArrayPool<byte>.Shared.Rent(64 * 1024);
        try
        {
            long total = 0;
            int read;
            while ((read = await stream.ReadAsync(buffer, cancellationToken)) > 0)
            {
                total += read;
            }

            return total;
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    /// <summary>The parsed response, for verification; fails on an HTTP error or a GraphQL error.</summary>
    public async Task<(JsonElement Data, long Bytes)> FetchAsync(byte[] body, CancellationToken cancellationToken)
    {
        using var response = await PostAsync(body, cancellationToken);
        var bytes = await response.Content.ReadAsByteArrayAsync(cancellationToken);
        using var document = JsonDocument.Parse(bytes);
        if (document.RootElement.TryGetProperty("errors", out var errors))
        {
            throw new InvalidOperationException($"The API answered with errors: {errors}");
        }

        return (document.RootElement.GetProperty("data").Clone(), bytes.LongLength);
    }

    public void Dispose() => _http.Dispose();

    private async Task<HttpResponseMessage> PostAsync(byte[] body, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, _endpoint) { Content = new ByteArrayContent(body) };
        request.Content.Headers.ContentType = JsonContent;
        request.Headers.Accept.Add(GraphQLResponse);
        var response = await _http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, cancellationToken);
        if (response.StatusCode != HttpStatusCode.OK)
        {
            var status = response.StatusCode;
            var text = await response.Content.ReadAsStringAsync(cancellationToken);
            response.Dispose();
            throw new InvalidOperationException($"The API answered {(int)status}: {text[..Math.Min(text.Length, 500)]}");
        }

        return response;
    }
}
