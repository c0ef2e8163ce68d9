using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace PartyOrg.Benchmarks.Hosting;

/// <summary>EF Core calls this only when a LINQ query misses its compiled-query cache: it counts compilations.</summary>
public sealed class CompilationProbe(ServerProbes probes) : IQueryExpressionInterceptor
{
    public Expression QueryCompilationStarting(Expression queryExpression, QueryExpressionEventData eventData)
    {
        probes.OnCompilation();
        return queryExpression;
    }
}
