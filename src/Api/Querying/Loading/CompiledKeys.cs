using System.Collections.Concurrent;
using System.Linq.Expressions;

namespace PartyOrg.Api.Querying.Loading;

/// <summary>
/// Key selectors compiled once for the process, not once per request: compiling makes a dynamic method (and a
/// finaliser to collect it), which a profile of the dashboard showed at about a tenth of the request's time.
/// A selector that reads a captured value is compiled each time, so the cache holds only a bounded set of
/// shapes and never a request's values.
/// </summary>
public static class CompiledKeys
{
    private static readonly ConcurrentDictionary<ExpressionKey, Delegate> Compiled = new();

    public static Func<T, TKey> Of<T, TKey>(Expression<Func<T, TKey>> key) =>
        ReadsCapturedValues.In(key) ? key.Compile() : (Func<T, TKey>)Compiled.GetOrAdd(new ExpressionKey(key), _ => key.Compile());

    private sealed class ReadsCapturedValues : ExpressionVisitor
    {
        private bool _found;

        public static bool In(Expression expression)
        {
            var visitor = new ReadsCapturedValues();
            visitor.Visit(expression);
            return visitor._found;
        }

        protected override Expression VisitConstant(ConstantExpression node)
        {
            _found = true;
            return node;
        }
    }
}
