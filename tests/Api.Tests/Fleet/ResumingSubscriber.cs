using System.Globalization;
using System.Text.Json;
using PartyOrg.Api.Tests.Support;

namespace PartyOrg.Api.Tests.Fleet;

/// <summary>
/// A client of <c>changes</c> on one instance that behaves as the README tells clients to: when its subscription ends
/// (an error, a close), it subscribes again after the last position it received. It records every position it got.
/// </summary>
public sealed class ResumingSubscriber(ApiProcess instance, string key, long after) : IAsyncDisposable
{
    private const string Query = "subscription($after: String) { changes(scope: \"150000\", after: $after) { position } }";

    private readonly List<long> _positions = [];
    private readonly CancellationTokenSource _stop = new();
    private Task? _run;

    /// <summary>How often the subscription ended and was taken up again.</summary>
    public int Resumptions { get; private set; }

    public void Start() => _run = Task.Run(RunAsync);

    /// <summary>Waits until the subscriber received everything up to <paramref name="position"/>, then stops it; returns what it received.</summary>
    public async Task<IReadOnlyList<long>> ReceiveUpToAsync(long position, TimeSpan patience)
    {
        var deadline = DateTime.UtcNow + patience;
        while (Last() < position && DateTime.UtcNow < deadline && !_run!.IsCompleted)
        {
            await Task.Delay(50);
        }

        await _stop.CancelAsync();
        await _run!;
        lock (_positions)
        {
            return [.. _positions];
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        if (_run is not null)
        {
            await _run;
        }

        _stop.Dispose();
    }

    private long Last()
    {
        lock (_positions)
        {
            return _positions.Count == 0 ? after : _positions[^1];
        }
    }

    private async Task RunAsync()
    {
        while (!_stop.IsCancellationRequested)
        {
            try
            {
                await using var socket = await instance.ConnectAsync(key);
                await using var abort = _stop.Token.Register(socket.Socket.Abort);
                await socket.SubscribeAsync("feed", Query, new { after = Last().ToString(CultureInfo.InvariantCulture) });
                while (await socket.ReceiveAsync(TimeSpan.FromMinutes(10)) is { Message: { } message })
                {
                    if (message.Type() == "ping")
                    {
                        await socket.SendAsync(new { type = "pong" });
                        continue;
                    }

                    if (message.Type() != "next")
                    {
                        break;
                    }

                    Record(message.Payload());
                }
            }
            catch (Exception e) when (e is OperationCanceledException or System.Net.WebSockets.WebSocketException or Xunit.Sdk.XunitException or HttpRequestException)
            {
                // Stopped, or the socket or its start failed (the instance is not ready): connect again shortly.
            }

            if (!_stop.IsCancellationRequested)
            {
                Resumptions++;
                await Task.Delay(200);
            }
        }
    }

    private void Record(JsonElement payload)
    {
        if (payload.TryGetProperty("data", out var data) && data.ValueKind == JsonValueKind.Object)
        {
            lock (_positions)
            {
                _positions.Add(long.Parse(data.GetProperty("changes").GetProperty("position").GetString()!, CultureInfo.InvariantCulture));
            }
        }
    }
}
