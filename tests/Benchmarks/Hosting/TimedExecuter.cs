using System.Diagnostics;
using GraphQL;

namespace PartyOrg.Benchmarks.Hosting;

/// <summary>The API's executer with a stopwatch around it: parsing, validation and every resolver, SQL included.</summary>
public sealed class TimedExecuter(IDocumentExecuter inner, ServerProbes probes) : IDocumentExecuter
{
    public async Task<ExecutionResult> ExecuteAsync(ExecutionOptions options)
    {
        var start = Stopwatch.GetTimestamp();
        try
        {
            return await inner.ExecuteAsync(options);
        }
        finally
        {
            probes.OnExecution(start);
        }
    }
}
