using GraphQL;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using PartyOrg.Api.Changes.Redis;
using PartyOrg.Domain.Security;

namespace PartyOrg.Benchmarks.Hosting;

/// <summary>
/// The real API (its Program, configuration and services) on Kestrel at a dynamic loopback port, in
/// this process so the probes can join its DI container. Requests still cross a real socket.
/// </summary>
public sealed class BenchmarkHost : WebApplicationFactory<Program>
{
    private readonly BenchmarkHostOptions _options;
    private string? _adminKey;

    public BenchmarkHost(BenchmarkHostOptions options)
    {
        _options = options;
        UseKestrel(0);
    }

    /// <summary>The server's address, known once <see cref="WebApplicationFactory{T}.StartServer"/> has run.</summary>
    public Uri Address => ClientOptions.BaseAddress.IsLoopback
        ? ClientOptions.BaseAddress
        : throw new InvalidOperationException($"The API listens on {ClientOptions.BaseAddress}, not on loopback.");

    public Uri Endpoint => new(Address, "/graphql");

    public Uri WebSocketAddress => new UriBuilder(Address) { Scheme = "ws", Path = "/graphql" }.Uri;

    /// <summary>A region-wide admin key for the clients, made once the server runs (hosts on one file share it).</summary>
    public string AdminKey => _adminKey ??= Key(Role.Admin, "150000");

    /// <summary>Whether this instance holds a link to Redis (false without <c>Changes:Redis</c>).</summary>
    public bool RedisConnected => Services.GetRequiredService<RedisChangeBus>().IsConnected;

    /// <summary>A new key of this role scoped to this division, valid for a day, made in the host's database.</summary>
    public string Key(Role role, string scope) =>
        Services.GetRequiredService<ApiKeys>()
            .CreateAsync($"benchmark {Roles.Name(role)} {scope}", role, scope, DateTimeOffset.UtcNow.AddDays(1), CancellationToken.None)
            .GetAwaiter().GetResult().Text;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        // Production: no exception details. The API logs nothing per request at Information; raising
        // the default only keeps its start-up lines out of the printed table.
        builder.UseEnvironment(Environments.Production);
        // The factory looks for its manifest in the working directory; `dotnet run` starts elsewhere.
        // The API's appsettings.json is copied next to this assembly.
        builder.UseContentRoot(AppContext.BaseDirectory);
        builder.UseSetting("Database:DataDirectory", Path.GetDirectoryName(_options.DatabaseFile));
        builder.UseSetting("Database:FileName", Path.GetFileName(_options.DatabaseFile));
        builder.UseSetting("Logging:LogLevel:Default", nameof(LogLevel.Warning));
        if (_options.LiftLimits)
        {
            BenchmarkAccess.LiftLimits(builder);
        }

        foreach (var (key, value) in _options.Settings)
        {
            builder.UseSetting(key, value);
        }

        if (_options.Probes is { } probes)
        {
            builder.ConfigureServices(services => AddProbes(services, probes));
        }
    }

    private static void AddProbes(IServiceCollection services, ServerProbes probes)
    {
        services.AddSingleton(probes);
        services.AddSingleton<IInterceptor, StatementProbe>();
        services.AddSingleton<IInterceptor, CompilationProbe>();
        Decorate<IGraphQLTextSerializer>(services, inner => new TimedSerializer(inner, probes));
        Decorate<IDocumentExecuter>(services, inner => new TimedExecuter(inner, probes));
    }

    private static void Decorate<TService>(IServiceCollection services, Func<TService, TService> decorate)
        where TService : class
    {
        var original = services.LastOrDefault(d => d.ServiceType == typeof(TService))
            ?? throw new InvalidOperationException($"The API registers no {typeof(TService).Name} to decorate.");
        services.RemoveAll<TService>();
        services.Add(ServiceDescriptor.Describe(typeof(TService), provider => decorate(Create<TService>(original, provider)), original.Lifetime));
    }

    private static TService Create<TService>(ServiceDescriptor descriptor, IServiceProvider provider)
        where TService : class =>
        (TService)(descriptor.ImplementationInstance
            ?? descriptor.ImplementationFactory?.Invoke(provider)
            ?? ActivatorUtilities.CreateInstance(provider, descriptor.ImplementationType!));
}
