using System.Diagnostics;

namespace PartyOrg.Api.Tests.Support;

/// <summary>
/// Runs the built API (<c>PartyOrg.Api.dll</c>, copied beside the tests) as a process: a command such as
/// <c>keys create</c>, or the service itself (<see cref="ApiProcess"/>). Configuration goes in as environment
/// variables (<c>Database__Provider</c>), as an operator would set it.
/// </summary>
public static class ApiCommandLine
{
    public static string Dll => Path.Combine(AppContext.BaseDirectory, "PartyOrg.Api.dll");

    /// <summary>The <c>dotnet</c> host running the tests, so the API runs on the same runtime.</summary>
    public static string Host => Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet";

    /// <summary>A start of the API with these arguments and settings, its output redirected.</summary>
    public static ProcessStartInfo StartInfo(string workingDirectory, IEnumerable<string> args, IEnumerable<KeyValuePair<string, string>> settings)
    {
        var start = new ProcessStartInfo(Host)
        {
            WorkingDirectory = workingDirectory,
            UseShellExecute = false,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.ArgumentList.Add(Dll);
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

    /// <summary>Runs an API command to its end (at most two minutes) and returns its exit code and output.</summary>
    public static Task<(int ExitCode, string Stdout, string Stderr)> RunAsync(
        string workingDirectory, IEnumerable<string> args, IEnumerable<KeyValuePair<string, string>>? settings = null) =>
        RunToEndAsync(StartInfo(workingDirectory, args, settings ?? []));

    /// <summary>Runs another program (<c>kill</c>, <c>pg_ctlcluster</c>) to its end and returns its exit code and output.</summary>
    public static Task<(int ExitCode, string Stdout, string Stderr)> RunProgramAsync(string program, IEnumerable<string> args)
    {
        var start = new ProcessStartInfo(program) { UseShellExecute = false, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        return RunToEndAsync(start);
    }

    private static async Task<(int ExitCode, string Stdout, string Stderr)> RunToEndAsync(ProcessStartInfo start)
    {
        using var process = Process.Start(start) ?? throw new InvalidOperationException($"Could not start {start.FileName}.");
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(120));
        var stdout = process.StandardOutput.ReadToEndAsync(timeout.Token);
        var stderr = process.StandardError.ReadToEndAsync(timeout.Token);
        await process.WaitForExitAsync(timeout.Token);
        return (process.ExitCode, await stdout, (await stderr).ReplaceLineEndings("\n"));
    }
}
