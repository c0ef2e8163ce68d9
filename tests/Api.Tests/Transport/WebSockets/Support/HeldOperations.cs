using GraphQL;
using GraphQL.DI;
using Microsoft.Extensions.DependencyInjection;
using PartyOrg.Api.Tests.Support;

namespace PartyOrg.Api.Tests.Transport.WebSockets.Support;

/// <summary>
/// Holds every document declaring <c>query Held</c> before execution until it is cancelled, so a test
/// can rely on an operation still running (a query otherwise finishes in a few milliseconds).
/// </summary>
public sealed class HeldOperations : IConfigureExecution
{
    public const string Marker = "query Held";

    private int _started;
    private int _cancelled;

    public int Started => Volatile.Read(ref _started);

    public int Cancelled => Volatile.Read(ref _cancelled);

    public float SortOrder => 0;

    public async Task<ExecutionResult> ExecuteAsync(ExecutionOptions options, ExecutionDelegate next)
    {
        if (options.Query?.Contains(Marker, StringComparison.Ordinal) == true)
        {
            Interlocked.Increment(ref _started);
            try
            {
                await Task.Delay(Timeout.Infinite, options.CancellationToken);
            }
            catch (OperationCanceledException)
            {
                Interlocked.Increment(ref _cancelled);
                throw;
            }
        }

        return await next(options);
    }
}

/// <summary>The API with <see cref="HeldOperations"/> in its execution pipeline.</summary>
public sealed class HoldingApiFactory : ApiFactory
{
    public HeldOperations Held { get; } = new();

    protected override void ConfigureServices(IServiceCollection services) =>
        services.AddSingleton<IConfigureExecution>(Held);
}
