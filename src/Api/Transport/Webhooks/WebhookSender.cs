using System.Diagnostics;
using System.Net.Sockets;
using System.Text;
using PartyOrg.Api.Security.Webhooks;

namespace PartyOrg.Api.Transport.Webhooks;

/// <summary>What one attempt brought back.</summary>
public sealed record WebhookAnswer(int? StatusCode, string? Error, int LatencyMilliseconds)
{
    public bool Succeeded => StatusCode is >= 200 and < 300;
}

/// <summary>
/// POSTs one signed event. Redirects are not followed, connecting and the whole attempt have timeouts, at most
/// Webhooks:MaxResponseBytes of the answer are read, and every connection goes through <see cref="WebhookTargets"/>:
/// the addresses are checked before the socket is opened, and the socket connects only to those checked addresses.
/// </summary>
public sealed class WebhookSender : IDisposable
{
    private readonly HttpClient _client;
    private readonly WebhookOptions _options;

    public WebhookSender(WebhookOptions options, WebhookTargets targets)
    {
        _options = options;
        var handler = new SocketsHttpHandler
        {
            AllowAutoRedirect = false,
            UseCookies = false,
            UseProxy = false,
            ConnectTimeout = TimeSpan.FromSeconds(options.ConnectTimeoutSeconds),
            PooledConnectionLifetime = TimeSpan.FromMinutes(2),
            ConnectCallback = async (context, cancellationToken) =>
            {
                var addresses = await targets.AllowedAddressesAsync(context.DnsEndPoint.Host, cancellationToken);
                var socket = new Socket(SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
                try
                {
                    await socket.ConnectAsync(addresses, context.DnsEndPoint.Port, cancellationToken);
                    return new NetworkStream(socket, ownsSocket: true);
                }
                catch
                {
                    socket.Dispose();
                    throw;
                }
            },
        };
        _client = new HttpClient(handler) { Timeout = TimeSpan.FromSeconds(options.TimeoutSeconds) };
    }

    public async Task<WebhookAnswer> SendAsync(string url, string id, byte[] secret, string body, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var timestamp = now.ToUnixTimeSeconds();
        using var request = new HttpRequestMessage(HttpMethod.Post, url) { Content = new StringContent(body, Encoding.UTF8, "application/json") };
        request.Headers.Add("webhook-id", id);
        request.Headers.Add("webhook-timestamp", timestamp.ToString(System.Globalization.CultureInfo.InvariantCulture));
        request.Headers.Add("webhook-signature", WebhookSignature.Sign(secret, id, timestamp, body));
        var watch = Stopwatch.StartNew();
        try
        {
            using var response = await _client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, cancellationToken);
            var status = (int)response.StatusCode;
            var text = status is >= 200 and < 300 ? null : await ReadStartAsync(response, cancellationToken);
            return new WebhookAnswer(status, text, Elapsed(watch));
        }
        catch (HttpRequestException e)
        {
            return new WebhookAnswer(null, Shorten(Innermost(e).Message), Elapsed(watch));
        }
        catch (TaskCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return new WebhookAnswer(null, $"No answer within {_options.TimeoutSeconds} s.", Elapsed(watch));
        }
    }

    public void Dispose() => _client.Dispose();

    private async Task<string> ReadStartAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        var buffer = new byte[_options.MaxResponseBytes];
        await using var stream = await response.Content.ReadAsStreamAsync(cancellationToken);
        var read = 0;
        int chunk;
        while (read < buffer.Length && (chunk = await stream.ReadAsync(buffer.AsMemory(read), cancellationToken)) > 0)
        {
            read += chunk;
        }

        return Shorten($"HTTP {(int)response.StatusCode}: {Encoding.UTF8.GetString(buffer, 0, read)}");
    }

    private static Exception Innermost(Exception e) => e.InnerException is { } inner ? Innermost(inner) : e;

    private static int Elapsed(Stopwatch watch) => (int)Math.Min(int.MaxValue, watch.ElapsedMilliseconds);

    private static string Shorten(string text) => text.Length > 500 ? text[..500] : text;
}
