using GraphQL;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace PartyOrg.Benchmarks.Hosting;

/// <summary>
/// The real API (its Program, configuration and services) on Kestrel at a dynamic loopback port, in
/// this process so the probes can join its DI container. Requests still cross a real socket.
/// </summary>
public sealed class ApiHost : WebApplicationFactory<Program>
{
    private readonly string _databaseFile;

    public ApiHost(string databaseFile, ServerProbes probes)
    {
        _databaseFile = databaseFile;
        Probes = probes;
        UseKestrel(0);
    }

    public ServerProbes Probes { get; }

    /// <summary>An admin key for the clients, made once the server runs.</summary>
    public string AdminKey => _adminKey ??= BenchmarkAccess.AdminKey(Services);

    private string? _adminKey;

    /// <summary>The server's address, known once <see cref="WebApplicationFactory{T}.StartServer"/> has run.</summary>
    public Uri Address => ClientOptions.BaseAddress.IsLoopback
        ? ClientOptions.BaseAddress
        : throw new InvalidOperationException($"The API listens on {ClientOptions.BaseAddress}, not on loopback.");

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        // Production: no exception details. The API logs nothing per request at Information; raising
        // the default only keeps its start-up lines out of the printed table.
        builder.UseEnvironment(Environments.Production);
        // The factory looks for its manifest in the working directory; `dotnet run` starts elsewhere.
        // The API's appsettings.json is copied next to this assembly.
        builder.UseContentRoot(AppContext.BaseDirectory);
        builder.UseSetting("Database:DataDirectory", Path.GetDirectoryName(_databaseFile));
        builder.UseSetting("Database:FileName", Path.GetFileName(_databaseFile));
        builder.UseSetting("Logging:LogLevel:Default", nameof(LogLevel.Warning));
        BenchmarkAccess.LiftLimits(builder);
        builder.ConfigureServices(services =>
        {
            services.AddSingleton(Probes);
            services.AddSingleton<IInterceptor, StatementProbe>();
            services.AddSingleton<IInterceptor, CompilationProbe>();
            Decorate<IGraphQLTextSerializer>(services, inner => new TimedSerializer(inner, Probes));
            Decorate<IDocumentExecuter>(services, inner => new TimedExecuter(inner, Probes));
        });
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
