using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using PartyOrg.Domain.Security;

namespace PartyOrg.Benchmarks.Security;

/// <summary>
/// The real API on Kestrel at a dynamic loopback port with its production limits (no
/// <see cref="Hosting.BenchmarkAccess.LiftLimits"/>) and no probes: only the given settings change it,
/// e.g. <c>Security:RateLimits:Enabled=false</c>.
/// </summary>
public sealed class SecurityHost : WebApplicationFactory<Program>
{
    private readonly string _databaseFile;
    private readonly IReadOnlyList<KeyValuePair<string, string>> _settings;

    public SecurityHost(string databaseFile, IReadOnlyList<KeyValuePair<string, string>> settings)
    {
        _databaseFile = databaseFile;
        _settings = settings;
        UseKestrel(0);
    }

    public Uri Address => ClientOptions.BaseAddress.IsLoopback
        ? ClientOptions.BaseAddress
        : throw new InvalidOperationException($"The API listens on {ClientOptions.BaseAddress}, not on loopback.");

    public Uri Endpoint => new(Address, "/graphql");

    /// <summary>A new key of this role scoped to this division, valid for a day, made in the host's database.</summary>
    public string Key(Role role, string scope) =>
        Services.GetRequiredService<ApiKeys>()
            .CreateAsync($"security benchmark {Roles.Name(role)} {scope}", role, scope, DateTimeOffset.UtcNow.AddDays(1), CancellationToken.None)
            .GetAwaiter().GetResult().Text;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment(Environments.Production);
        builder.UseContentRoot(AppContext.BaseDirectory);
        builder.UseSetting("Database:DataDirectory", Path.GetDirectoryName(_databaseFile));
        builder.UseSetting("Database:FileName", Path.GetFileName(_databaseFile));
        builder.UseSetting("Logging:LogLevel:Default", nameof(LogLevel.Warning));
        foreach (var (key, value) in _settings)
        {
            builder.UseSetting(key, value);
        }
    }
}
