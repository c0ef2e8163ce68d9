using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace PartyOrg.Benchmarks.Soak;

/// <summary>
/// One API process (<c>dotnet PartyOrg.Api.dll --urls http://127.0.0.1:port</c>) configured by environment variables,
/// as an operator runs an instance: its working set is its own, apart from the load generator's.
/// </summary>
public sealed class SoakInstance : IDisposable
{
    private readonly Process _process;
    private readonly StringBuilder _errors = new();

    private SoakInstance(Process process, int port)
    {
        _process = process;
        Port = port;
    }

    public int Port { get; }

    public Uri Address => new($"http://127.0.0.1:{Port.ToString(CultureInfo.InvariantCulture)}/");

    public Uri WebSocketAddress => new($"ws://127.0.0.1:{Port.ToString(CultureInfo.InvariantCulture)}/graphql");

    /// <summary>The process's working set now, in bytes.</summary>
    public long WorkingSet()
    {
        _process.Refresh();
        return _process.WorkingSet64;
    }

    /// <summary>Starts an instance and waits until <c>/health/ready</c> answers 200.</summary>
    public static async Task<SoakInstance> StartAsync(IEnumerable<KeyValuePair<string, string>> settings, CancellationToken cancellationToken)
    {
        var port = FreePort();
        var process = Process.Start(Command(["--urls", $"http://127.0.0.1:{port.ToString(CultureInfo.InvariantCulture)}"], settings))
            ?? throw new InvalidOperationException("The API did not start.");
        var instance = new SoakInstance(process, port);
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, e) => instance.Append(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        using var client = new HttpClient { Timeout = TimeSpan.FromSeconds(5) };
        var clock = Stopwatch.StartNew();
        while (clock.Elapsed < TimeSpan.FromMinutes(5))
        {
            if (process.HasExited)
            {
                throw new InvalidOperationException($"The API exited with {process.ExitCode}: {instance.Errors()}");
            }

            try
            {
                using var ready = await client.GetAsync(new Uri(instance.Address, "/health/ready"), cancellationToken);
                if (ready.StatusCode == HttpStatusCode.OK)
                {
                    return instance;
                }
            }
            catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
            {
                // Not listening yet.
            }

            await Task.Delay(250, cancellationToken);
        }

        instance.Dispose();
        throw new InvalidOperationException("The API was not ready within 5 minutes.");
    }

    /// <summary>Runs an API command (<c>keys create</c>) with the same settings; returns its standard output lines.</summary>
    public static async Task<string[]> RunCommandAsync(IEnumerable<string> args, IEnumerable<KeyValuePair<string, string>> settings, CancellationToken cancellationToken)
    {
        using var process = Process.Start(Command(args, settings)) ?? throw new InvalidOperationException("The API did not start.");
        var stdout = process.StandardOutput.ReadToEndAsync(cancellationToken);
        var stderr = process.StandardError.ReadToEndAsync(cancellationToken);
        await process.WaitForExitAsync(cancellationToken);
        return process.ExitCode == 0
            ? (await stdout).Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            : throw new InvalidOperationException($"'{string.Join(' ', args)}' exited with {process.ExitCode}: {await stderr}");
    }

    public string Errors()
    {
        lock (_errors)
        {
            return _errors.ToString();
        }
    }

    public void Dispose()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            _process.WaitForExit();
        }

        _process.Dispose();
    }

    private static ProcessStartInfo Command(IEnumerable<string> args, IEnumerable<KeyValuePair<string, string>> settings)
    {
        var start = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet")
        {
            WorkingDirectory = AppContext.BaseDirectory,
            UseShellExecute = false,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "PartyOrg.Api.dll"));
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        foreach (var (key, value) in settings)
        {
            start.Environment[key.Replace(":", "__", StringComparison.Ordinal)] = value;
        }

        return start;
    }

    private static int FreePort()
    {
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }

    private void Append(string? line)
    {
        if (line is not null)
        {
            lock (_errors)
            {
                _errors.AppendLine(line);
            }
        }
    }
}
