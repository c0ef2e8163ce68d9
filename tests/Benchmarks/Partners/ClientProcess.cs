using System.Diagnostics;
using System.Text.Json;

namespace PartyOrg.Benchmarks.Partners;

/// <summary>
/// The subscribers in a child process of this same program: 10,000 client sockets and the 10,000 server sockets they
/// connect to do not fit one process's file-descriptor limit here (20,000), and apart, the server's memory per idle
/// subscriber is measured without the clients'. The child is killed with its tree when this is disposed.
/// </summary>
public sealed class ClientProcess : IDisposable
{
    public const string ChildArgument = "--partners-clients";

    private static readonly TimeSpan AnswerTimeout = TimeSpan.FromMinutes(3);

    private readonly Process _process;

    private ClientProcess(Process process) => _process = process;

    public static ClientProcess Start()
    {
        var path = Environment.ProcessPath ?? throw new InvalidOperationException("The benchmark's own executable is not known.");
        var start = new ProcessStartInfo(path) { UseShellExecute = false, RedirectStandardInput = true, RedirectStandardOutput = true };
        if (Path.GetFileNameWithoutExtension(path) == "dotnet")
        {
            start.ArgumentList.Add(typeof(ClientProcess).Assembly.Location);
        }

        start.ArgumentList.Add(ChildArgument);
        // Clients need no server GC: on two cores its per-core heaps only take memory from the servers.
        start.Environment["DOTNET_gcServer"] = "0";
        return new ClientProcess(Process.Start(start) ?? throw new InvalidOperationException("The client process did not start."));
    }

    public Task<ConnectedReport> ConnectAsync(ClientPlan plan, CancellationToken cancellationToken) => AskAsync<ConnectedReport>(JsonSerializer.Serialize(plan), cancellationToken);

    /// <summary>Events received so far by all subscribers.</summary>
    public Task<long> CountAsync(CancellationToken cancellationToken) => AskAsync<long>("count", cancellationToken);

    /// <summary>The tallies; the child then closes its subscribers and exits.</summary>
    public async Task<FinalReport> FinishAsync(CancellationToken cancellationToken)
    {
        var report = await AskAsync<FinalReport>("report", cancellationToken);
        await _process.WaitForExitAsync(cancellationToken).WaitAsync(TimeSpan.FromSeconds(60), cancellationToken);
        return report;
    }

    private async Task<T> AskAsync<T>(string line, CancellationToken cancellationToken)
    {
        await _process.StandardInput.WriteLineAsync(line.AsMemory(), cancellationToken);
        await _process.StandardInput.FlushAsync(cancellationToken);
        var answer = await _process.StandardOutput.ReadLineAsync(cancellationToken).AsTask().WaitAsync(AnswerTimeout, cancellationToken)
            ?? throw new InvalidOperationException($"The client process ended (exit code {(_process.HasExited ? _process.ExitCode : -1)}) instead of answering '{line[..Math.Min(20, line.Length)]}'.");
        return JsonSerializer.Deserialize<T>(answer) ?? throw new InvalidOperationException($"The client process answered '{answer}'.");
    }

    public void Dispose()
    {
        try
        {
            if (!_process.HasExited)
            {
                _process.Kill(entireProcessTree: true);
                _process.WaitForExit(10_000);
            }
        }
        catch (InvalidOperationException)
        {
            // Already gone.
        }

        _process.Dispose();
    }
}
