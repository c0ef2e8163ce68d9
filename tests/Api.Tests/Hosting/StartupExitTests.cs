using PartyOrg.Api.Tests.Support;

namespace PartyOrg.Api.Tests.Hosting;

/// <summary>Runs the built API as a process: bad input must stop it before it builds a host.</summary>
public sealed class StartupExitTests
{
    [Fact]
    public async Task Unknown_provider_exits_2_with_one_line_on_stderr()
    {
        var (exitCode, stdout, stderr) = await RunApiAsync("--Database:Provider=Oracle");

        Assert.Equal(2, exitCode);
        Assert.Equal("", stdout);
        Assert.Equal(
            ["error: Database:Provider 'Oracle' is not supported. Use 'Sqlite' (the default), 'PostgreSQL' or 'SqlServer'."],
            stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries));
    }

    [Fact]
    public async Task Unknown_command_exits_2_with_one_line_on_stderr()
    {
        var (exitCode, _, stderr) = await RunApiAsync("frobnicate");

        Assert.Equal(2, exitCode);
        var line = Assert.Single(stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.StartsWith("error: Unknown command 'frobnicate'.", line, StringComparison.Ordinal);
    }

    private static async Task<(int ExitCode, string Stdout, string Stderr)> RunApiAsync(params string[] args)
    {
        var workingDirectory = Directory.CreateTempSubdirectory("party-exit-").FullName;
        try
        {
            return await ApiCommandLine.RunAsync(workingDirectory, args);
        }
        finally
        {
            Directory.Delete(workingDirectory, recursive: true);
        }
    }
}
