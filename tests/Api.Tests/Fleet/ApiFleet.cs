using System.Globalization;
using Microsoft.EntityFrameworkCore;
using PartyOrg.Api.Schema.Common;
using PartyOrg.Api.Tests.Changes;
using PartyOrg.Api.Tests.Support;

namespace PartyOrg.Api.Tests.Fleet;

/// <summary>
/// Several real API processes on one database and one Redis, as the README's "Several instances" recipe runs
/// them: each test class gets its own database, Redis and processes. The admin key is made with the
/// <c>keys create</c> command before the instances start (which also seeds a new database).
/// </summary>
public class ApiFleet : IAsyncLifetime
{
    /// <summary>How long an instance trusts a checked key; small, so revocation reaches every instance quickly.</summary>
    public const int KeyCacheSeconds = 2;

    private readonly string _channel = "party-org:changes:" + Guid.NewGuid().ToString("N");

    public FleetDatabase Database { get; private set; } = null!;

    public RedisServer Redis { get; private set; } = null!;

    public IReadOnlyList<ApiProcess> Instances { get; private set; } = [];

    public string AdminKey { get; private set; } = null!;

    protected virtual int InstanceCount => 3;

    /// <summary>The configuration of every instance and every command.</summary>
    public IReadOnlyList<KeyValuePair<string, string>> Settings =>
    [
        new("ASPNETCORE_ENVIRONMENT", "Production"),
        .. Database.Settings,
        new("Changes:Redis", Redis.ConnectionString),
        new("Changes:RedisChannel", _channel),
        new("Changes:PollSeconds", "1"),
        new("Security:KeyCacheSeconds", KeyCacheSeconds.ToString(CultureInfo.InvariantCulture)),
        new("Security:RateLimits:Enabled", "false"),
        new("Webhooks:Deliver", "false"),
        new("Logging:LogLevel:Default", "Warning"),
    ];

    public async Task InitializeAsync()
    {
        Database = await FleetDatabases.CreateAsync();
        Redis = await RedisServer.StartAsync();
        AdminKey = (await CreateKeyAsync("admin", "150000")).Key;
        Instances = [.. Enumerable.Range(1, InstanceCount).Select(i => new ApiProcess($"api-{i}", Settings))];
        await Task.WhenAll(Instances.Select(i => i.StartAsync()));
    }

    /// <summary>Runs an API command (<c>keys create</c>, <c>stats recompute</c>) on the shared database; it must succeed.</summary>
    public async Task<string[]> RunCommandAsync(params string[] args)
    {
        var (exitCode, stdout, stderr) = await ApiCommandLine.RunAsync(AppContext.BaseDirectory, args, Settings);
        Assert.True(exitCode == 0, $"'{string.Join(' ', args)}' exited with {exitCode}: {stderr}{stdout}");
        return stdout.ReplaceLineEndings("\n").Split('\n', StringSplitOptions.RemoveEmptyEntries);
    }

    /// <summary>Creates a key with <c>keys create</c>; returns its id (as <c>keys revoke</c> takes it) and text.</summary>
    public async Task<(string Id, string Key)> CreateKeyAsync(string role, string scope)
    {
        var lines = await RunCommandAsync("keys", "create", "--role", role, "--scope", scope);
        var id = lines[0]["Created key ".Length..].Split(' ')[0];
        return (id, lines[^1]);
    }

    /// <summary>The last change-log position, read from the shared database.</summary>
    public async Task<long> HeadAsync()
    {
        await using var db = Database.Open();
        return await db.ChangeLogHeads.Select(h => h.Position).SingleAsync();
    }

    /// <summary>Global IDs of <paramref name="count"/> branches in distinct villages.</summary>
    public async Task<IReadOnlyList<string>> BranchIdsAsync(int count)
    {
        await using var db = Database.Open();
        var rows = await db.Branches.AsNoTracking().OrderBy(b => b.Id).Select(b => new { b.Id, b.VillageCode }).ToListAsync();
        return [.. rows.DistinctBy(b => b.VillageCode).Take(count).Select(b => NodeId.Encode("Branch", b.Id))];
    }

    /// <summary>Everything the instances wrote, for a failing test's message.</summary>
    public string Output() => string.Join("\n", Instances.Select(i => $"=== {i.Name}\n{i.Output()}"));

    public async Task DisposeAsync()
    {
        foreach (var instance in Instances)
        {
            await instance.DisposeAsync();
        }

        await Redis.DisposeAsync();
        await Database.DisposeAsync();
    }
}
