namespace PartyOrg.Api.Tests.Fleet;

/// <summary>Stops and starts the machine's PostgreSQL cluster (Debian's <c>pg_ctlcluster</c>; as root, as CI runs).</summary>
public static class PostgresCluster
{
    /// <summary>Stops the cluster at once (<c>-m fast</c>: sessions are ended, in-flight transactions rolled back).</summary>
    public static Task StopAsync() => ControlAsync("stop", "-m", "fast");

    public static Task StartAsync() => ControlAsync("start");

    private static async Task ControlAsync(string action, params string[] options)
    {
        var (_, clusters, _) = await Support.ApiCommandLine.RunProgramAsync("pg_lsclusters", ["-h"]);
        var first = clusters.Split('\n', StringSplitOptions.RemoveEmptyEntries).FirstOrDefault()?.Split(' ', StringSplitOptions.RemoveEmptyEntries)
            ?? throw new InvalidOperationException("pg_lsclusters lists no PostgreSQL cluster.");
        var (exitCode, stdout, stderr) = await Support.ApiCommandLine.RunProgramAsync("pg_ctlcluster", [first[0], first[1], action, .. options]);
        Assert.True(exitCode == 0, $"pg_ctlcluster {first[0]} {first[1]} {action} exited with {exitCode}: {stderr}{stdout}");
    }
}
