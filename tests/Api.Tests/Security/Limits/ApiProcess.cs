using PartyOrg.Api.Tests.Support;

namespace PartyOrg.Api.Tests.Security.Limits;

/// <summary>Runs the built API (its real entry point) as a process in a working directory of the test's choice.</summary>
internal static class ApiProcess
{
    // Production, as an operator runs it, whatever the test run's environment says.
    private static readonly KeyValuePair<string, string>[] Production = [new("ASPNETCORE_ENVIRONMENT", "Production"), new("DOTNET_ENVIRONMENT", "Production")];

    public static async Task<(int ExitCode, string Stdout, string Stderr)> RunAsync(string workingDirectory, params string[] args)
    {
        var (exitCode, stdout, stderr) = await ApiCommandLine.RunAsync(workingDirectory, args, Production);
        return (exitCode, stdout.ReplaceLineEndings("\n"), stderr);
    }

    public static string[] Lines(string text) => text.Split('\n', StringSplitOptions.RemoveEmptyEntries);
}
