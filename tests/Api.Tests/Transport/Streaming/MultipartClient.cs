using System.Text;
using System.Text.Json;
using PartyOrg.Api.Tests.Support;

namespace PartyOrg.Api.Tests.Transport.Streaming;

/// <summary>
/// Reads a multipart subscription response the way Apollo Client does: the boundary from the Content-Type (default "-"),
/// chunks split on CRLF + "--" + boundary, each chunk's body after its blank line parsed as JSON; an empty object is a
/// heartbeat and skipped, <c>payload</c> is the result, and <c>payload: null</c> with <c>errors</c> a failure of the transport.
/// </summary>
public static class MultipartClient
{
    public const string Accept = "multipart/mixed;boundary=\"graphql\";subscriptionSpec=1.0,application/json";

    public sealed record Parts(List<JsonElement> Payloads, List<JsonElement> TransportErrors, int Heartbeats);

    public static async Task<Parts> ReadAsync(HttpClient client, string query, object? variables, int payloads, TimeSpan timeout)
    {
        var request = GraphQLHttp.Post(JsonSerializer.Serialize(new { query, variables }));
        request.Headers.TryAddWithoutValidation("Accept", Accept);
        using var response = await client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead);
        var contentType = response.Content.Headers.ContentType!;
        Assert.Equal("multipart/mixed", contentType.MediaType);
        var boundary = contentType.Parameters.FirstOrDefault(p => p.Name == "boundary")?.Value?.Trim('"') ?? "-";
        var delimiter = "\r\n--" + boundary;
        var result = new Parts([], [], 0);
        var heartbeats = 0;
        using var cancellation = new CancellationTokenSource(timeout);
        await using var body = await response.Content.ReadAsStreamAsync(cancellation.Token);
        var buffer = new StringBuilder();
        var chunk = new byte[4096];
        var decoder = Encoding.UTF8.GetDecoder();
        while (result.Payloads.Count < payloads && result.TransportErrors.Count == 0)
        {
            var read = await body.ReadAsync(chunk, cancellation.Token);
            if (read == 0)
            {
                break;
            }

            var chars = new char[decoder.GetCharCount(chunk, 0, read)];
            decoder.GetChars(chunk, 0, read, chars, 0);
            buffer.Append(chars);
            var text = buffer.ToString();
            int at;
            while ((at = text.IndexOf(delimiter, StringComparison.Ordinal)) >= 0)
            {
                var part = text[..at];
                text = text[(at + delimiter.Length)..];
                var blank = part.IndexOf("\r\n\r\n", StringComparison.Ordinal);
                if (blank < 0)
                {
                    continue;
                }

                var json = JsonDocument.Parse(part[(blank + 4)..].Trim()).RootElement.Clone();
                if (json.ValueKind == JsonValueKind.Object && !json.EnumerateObject().Any())
                {
                    heartbeats++;
                }
                else if (json.TryGetProperty("payload", out var payload) && payload.ValueKind == JsonValueKind.Null)
                {
                    result.TransportErrors.Add(json.GetProperty("errors"));
                }
                else
                {
                    result.Payloads.Add(json.GetProperty("payload"));
                }
            }

            buffer.Clear().Append(text);
        }

        return result with { Heartbeats = heartbeats };
    }
}
