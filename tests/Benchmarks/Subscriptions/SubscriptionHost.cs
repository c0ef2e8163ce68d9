using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using PartyOrg.Api.Changes.Redis;
using PartyOrg.Benchmarks.Hosting;

namespace PartyOrg.Benchmarks.Subscriptions;

/// <summary>
/// One API instance (the real Program) on Kestrel at a dynamic loopback port, on the given SQLite file,
/// with extra settings such as <c>Changes:Redis</c>. Several can run in this process on one file.
/// </summary>
public sealed class SubscriptionHost : WebApplicationFactory<Program>
{
    private readonly string _databaseFile;
    private readonly IReadOnlyList<KeyValuePair<string, string>> _settings;

    public SubscriptionHost(string databaseFile, IReadOnlyList<KeyValuePair<string, string>> settings)
    {
        _databaseFile = databaseFile;
        _settings = settings;
        UseKestrel(0);
    }

    public Uri Address => ClientOptions.BaseAddress.IsLoopback
        ? ClientOptions.BaseAddress
        : throw new InvalidOperationException($"The API listens on {ClientOptions.BaseAddress}, not on loopback.");

    /// <summary>An admin key for the clients, made once the server runs (both instances share one database).</summary>
    public string AdminKey => _adminKey ??= BenchmarkAccess.AdminKey(Services);

    private string? _adminKey;

    public Uri WebSocketAddress => new UriBuilder(Address) { Scheme = "ws", Path = "/graphql" }.Uri;

    /// <summary>Whether this instance holds a link to Redis (false without <c>Changes:Redis</c>).</summary>
    public bool RedisConnected => Services.GetRequiredService<RedisChangeBus>().IsConnected;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment(Environments.Production);
        builder.UseContentRoot(AppContext.BaseDirectory);
        builder.UseSetting("Database:DataDirectory", Path.GetDirectoryName(_databaseFile));
        builder.UseSetting("Database:FileName", Path.GetFileName(_databaseFile));
        builder.UseSetting("Logging:LogLevel:Default", nameof(LogLevel.Warning));
        BenchmarkAccess.LiftLimits(builder);
        foreach (var (key, value) in _settings)
        {
            builder.UseSetting(key, value);
        }
    }
}
