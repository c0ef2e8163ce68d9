using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Net.WebSockets;
using System.Text;
using System.Text.Json;
using PartyOrg.Api.Transport.WebSockets;

namespace PartyOrg.Api.Tests.Support;

/// <summary>
/// One real API process (<c>dotnet PartyOrg.Api.dll --urls http://127.0.0.1:port</c>) configured by environment
/// variables. It keeps its port across restarts, so clients reconnect to the same address, and it can be stopped
/// as an operator would (SIGTERM) or as a crash would (SIGKILL).
/// </summary>
public sealed class ApiProcess(string name, IReadOnlyList<KeyValuePair<string, string>> settings) : IAsyncDisposable
{
    private static readonly TimeSpan StartPatience = TimeSpan.FromSeconds(180);

    private readonly StringBuilder _output = new();
    private Process? _process;

    public string Name => name;

    public int Port { get; } = LoopbackPort.Free();

    public Uri BaseAddress => new($"http://127.0.0.1:{Port.ToString(CultureInfo.InvariantCulture)}/");

    /// <summary>The process id while it runs (for <c>kill</c> from outside).</summary>
    public int? ProcessId => _process is { HasExited: false } running ? running.Id : null;

    /// <summary>Starts the process and waits until <c>/health/ready</c> answers 200.</summary>
    public async Task StartAsync()
    {
        Assert.Null(_process);
        Append($"--- start {DateTime.UtcNow:O}");
        var start = ApiCommandLine.StartInfo(AppContext.BaseDirectory, ["--urls", BaseAddress.ToString().TrimEnd('/')], settings);
        var process = Process.Start(start) ?? throw new InvalidOperationException($"Could not start {name}.");
        process.OutputDataReceived += (_, e) => Append(e.Data);
        process.ErrorDataReceived += (_, e) => Append(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        _process = process;
        await WaitUntilReadyAsync();
    }

    /// <summary>SIGKILL: the process ends at once, mid-request, as in a crash or an OOM kill.</summary>
    public async Task KillAsync()
    {
        if (Interlocked.Exchange(ref _process, null) is { } process)
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
            Append($"--- killed (SIGKILL), exit {process.ExitCode}");
            process.Dispose();
        }
    }

    /// <summary>SIGTERM: the graceful shutdown an orchestrator asks for; waits for the exit (SIGKILL after 60 s).</summary>
    public async Task<int> TerminateAsync()
    {
        var process = Interlocked.Exchange(ref _process, null);
        if (process is null)
        {
            return 0;
        }

        var (signal, _, _) = await ApiCommandLine.RunProgramAsync("kill", ["-TERM", process.Id.ToString(CultureInfo.InvariantCulture)]);
        Assert.Equal(0, signal);
        using var patience = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        try
        {
            await process.WaitForExitAsync(patience.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
        }

        Append($"--- terminated (SIGTERM), exit {process.ExitCode}");
        var exitCode = process.ExitCode;
        process.Dispose();
        return exitCode;
    }

    /// <summary>A client of this instance sending the key (none for null).</summary>
    public HttpClient Client(string? key)
    {
        var client = new HttpClient { BaseAddress = BaseAddress, Timeout = TimeSpan.FromSeconds(60) };
        client.DefaultRequestHeaders.Authorization = key is null ? null : new AuthenticationHeaderValue("Bearer", key);
        return client;
    }

    /// <summary>POSTs a GraphQL request and returns the status and the whole body.</summary>
    public async Task<(HttpStatusCode Status, JsonElement Body)> PostAsync(string? key, string query, object? variables = null, CancellationToken cancellationToken = default)
    {
        using var client = Client(key);
        using var response = await client.SendAsync(GraphQLHttp.Post(JsonSerializer.Serialize(new { query, variables })), cancellationToken);
        return (response.StatusCode, await response.ReadJsonAsync(cancellationToken));
    }

    /// <summary>POSTs a GraphQL request that must succeed without errors; returns its <c>data</c>.</summary>
    public async Task<JsonElement> QueryAsync(string key, string query, object? variables = null)
    {
        var (status, body) = await PostAsync(key, query, variables);
        Assert.True(status == HttpStatusCode.OK && !body.TryGetProperty("errors", out _), $"{name} answered {(int)status}: {body}");
        return body.GetProperty("data");
    }

    /// <summary>A <c>graphql-transport-ws</c> socket to this instance, the key in <c>connection_init</c>, acknowledged.</summary>
    public async Task<GraphQLSocket> ConnectAsync(string key)
    {
        var client = new ClientWebSocket();
        client.Options.AddSubProtocol(GraphQLTransportWs.SubProtocol);
        using var timeout = new CancellationTokenSource(GraphQLSocket.Patience);
        await client.ConnectAsync(new Uri($"ws://127.0.0.1:{Port.ToString(CultureInfo.InvariantCulture)}{GraphQLHttp.Path}"), timeout.Token);
        var socket = new GraphQLSocket(client);
        await socket.InitAsync(new { apiKey = key });
        return socket;
    }

    /// <summary>What the process wrote, with its starts and stops, for failure messages.</summary>
    public string Output()
    {
        lock (_output)
        {
            return _output.ToString();
        }
    }

    public async ValueTask DisposeAsync() => await KillAsync();

    /// <summary>Waits until <c>/health/ready</c> answers 200 (after a start, or after the database came back).</summary>
    public async Task WaitUntilReadyAsync()
    {
        using var client = Client(key: null);
        client.Timeout = TimeSpan.FromSeconds(5);
        var deadline = DateTime.UtcNow + StartPatience;
        while (DateTime.UtcNow < deadline)
        {
            if (_process is not { HasExited: false })
            {
                throw new InvalidOperationException($"{name} exited during its start:\n{Output()}");
            }

            try
            {
                using var ready = await client.GetAsync(new Uri("/health/ready", UriKind.Relative));
                if (ready.StatusCode == HttpStatusCode.OK)
                {
                    return;
                }
            }
            catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
            {
                // Not listening yet.
            }

            await Task.Delay(200);
        }

        throw new InvalidOperationException($"{name} was not ready within {StartPatience.TotalSeconds} s:\n{Output()}");
    }

    private void Append(string? line)
    {
        if (line is not null)
        {
            lock (_output)
            {
                _output.AppendLine(line);
            }
        }
    }
}
