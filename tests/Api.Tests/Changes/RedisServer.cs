using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text;
using PartyOrg.Api.Tests.Support;

namespace PartyOrg.Api.Tests.Changes;

/// <summary>
/// A throw-away <c>redis-server</c> (Debian package <c>redis-server</c>) on a free loopback port, without
/// persistence. It must be installed: the cross-instance tests fail, never skip, without it.
/// </summary>
public sealed class RedisServer : IAsyncDisposable
{
    public const string Executable = "redis-server";

    private static readonly string[] KnownFolders = ["/usr/bin", "/usr/sbin", "/usr/local/bin"];

    private readonly string _path;
    private readonly StringBuilder _output = new();
    private Process? _process;

    private RedisServer(string path, int port)
    {
        _path = path;
        Port = port;
    }

    public int Port { get; }

    public string ConnectionString => $"127.0.0.1:{Port}";

    /// <summary>Starts a server on a free port and waits until it answers PING.</summary>
    public static async Task<RedisServer> StartAsync()
    {
        var server = new RedisServer(Find(), LoopbackPort.Free());
        await server.StartAgainAsync();
        return server;
    }

    /// <summary>A server not started yet, on a port nothing listens on.</summary>
    public static RedisServer NotStarted() => new(Find(), LoopbackPort.Free());

    /// <summary>(Re)starts the server on the same port.</summary>
    public async Task StartAgainAsync()
    {
        var start = new ProcessStartInfo(_path)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in new[] { "--port", Port.ToString(System.Globalization.CultureInfo.InvariantCulture), "--bind", "127.0.0.1", "--save", string.Empty, "--appendonly", "no" })
        {
            start.ArgumentList.Add(argument);
        }

        var process = Process.Start(start) ?? throw new InvalidOperationException($"Could not start {_path}.");
        process.OutputDataReceived += (_, e) => Append(e.Data);
        process.ErrorDataReceived += (_, e) => Append(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        _process = process;
        await WaitUntilReadyAsync();
    }

    /// <summary>Kills the server, as a crash or a network cut would look to its clients.</summary>
    public async Task StopAsync()
    {
        if (Interlocked.Exchange(ref _process, null) is { } process)
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
            process.Dispose();
        }
    }

    public async ValueTask DisposeAsync() => await StopAsync();

    private static string Find()
    {
        var folders = (Environment.GetEnvironmentVariable("PATH") ?? string.Empty).Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Concat(KnownFolders);
        return folders.Select(f => Path.Combine(f, Executable)).FirstOrDefault(File.Exists)
            ?? throw new InvalidOperationException(
                $"{Executable} is not installed (looked on PATH and in {string.Join(", ", KnownFolders)}). The cross-instance change-feed tests " +
                "start a real Redis on a free loopback port: install Debian's package with 'apt-get install -y redis-server' (CI: in .ci/run before the tests).");
    }

    private async Task WaitUntilReadyAsync()
    {
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(10);
        while (DateTime.UtcNow < deadline)
        {
            if (_process is { HasExited: true } exited)
            {
                throw new InvalidOperationException($"{Executable} exited with {exited.ExitCode}: {Output()}");
            }

            if (await PingsAsync())
            {
                return;
            }

            await Task.Delay(50);
        }

        throw new InvalidOperationException($"{Executable} on port {Port} did not answer PING within 10 s: {Output()}");
    }

    private async Task<bool> PingsAsync()
    {
        try
        {
            using var client = new TcpClient();
            await client.ConnectAsync(IPAddress.Loopback, Port);
            var stream = client.GetStream();
            await stream.WriteAsync("PING\r\n"u8.ToArray());
            var buffer = new byte[16];
            var read = await stream.ReadAsync(buffer);
            return Encoding.ASCII.GetString(buffer, 0, read).StartsWith("+PONG", StringComparison.Ordinal);
        }
        catch (SocketException)
        {
            return false;
        }
        catch (IOException)
        {
            return false;
        }
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

    private string Output()
    {
        lock (_output)
        {
            return _output.ToString();
        }
    }
}
