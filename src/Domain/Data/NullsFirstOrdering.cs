using System.Linq.Expressions;
using System.Reflection;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.EntityFrameworkCore.Metadata;

namespace PartyOrg.Domain.Data;

/// <summary>
/// PostgreSQL sorts nulls last in ascending order, SQLite and SQL Server first. Every ordering on a
/// nullable column gets a leading "is it null" key here, so pages, cursors (the keyset assumes nulls
/// first) and ROW_NUMBER windows order alike on every provider.
/// </summary>
internal sealed class NullsFirstOrdering : IQueryExpressionInterceptor
{
    public static readonly NullsFirstOrdering Instance = new();

    public Expression QueryCompilationStarting(Expression queryExpression, QueryExpressionEventData eventData)
    {
        ArgumentNullException.ThrowIfNull(eventData);
        return eventData.Context is { } context ? new Rewriter(context.Model).Visit(queryExpression) : queryExpression;
    }

    private sealed class Rewriter(IModel model) : ExpressionVisitor
    {
        private static readonly string[] Names = ["OrderBy", "OrderByDescending", "ThenBy", "ThenByDescending"];

        protected override Expression VisitMethodCall(MethodCallExpression node)
        {
            var visited = (MethodCallExpression)base.VisitMethodCall(node);
            var method = visited.Method;
            if ((method.DeclaringType != typeof(Queryable) && method.DeclaringType != typeof(Enumerable))
                || !method.IsGenericMethod || visited.Arguments.Count != 2 || !Names.Contains(method.Name, StringComparer.Ordinal)
                || Selector(visited.Arguments[1]) is not { } selector || !MayBeNull(selector))
            {
                return visited;
            }

            // x => key(x) == null ? 0 : 1, in the same direction as the key itself.
            var rank = Expression.Lambda(
                Expression.Condition(Expression.Equal(selector.Body, Expression.Constant(null, selector.ReturnType)), Expression.Constant(0), Expression.Constant(1)),
                selector.Parameters);
            var rankCall = Expression.Call(Generic(method, typeof(int)), visited.Arguments[0], Wrap(rank, visited.Arguments[1]));
            var thenName = method.Name.EndsWith("Descending", StringComparison.Ordinal) ? "ThenByDescending" : "ThenBy";
            var then = Find(method.DeclaringType, thenName).MakeGenericMethod(method.GetGenericArguments());
            return Expression.Call(then, rankCall, visited.Arguments[1]);
        }

        private static LambdaExpression? Selector(Expression argument) => argument switch
        {
            UnaryExpression { NodeType: ExpressionType.Quote, Operand: LambdaExpression lambda } => lambda,
            LambdaExpression lambda => lambda,
            _ => null,
        };

        private static Expression Wrap(LambdaExpression lambda, Expression like) =>
            like.NodeType == ExpressionType.Quote ? Expression.Quote(lambda) : lambda;

        private static MethodInfo Generic(MethodInfo method, Type keyType) =>
            method.GetGenericMethodDefinition().MakeGenericMethod(method.GetGenericArguments()[0], keyType);

        private static MethodInfo Find(Type declaring, string name) =>
            declaring.GetMethods().Single(m => m.Name == name && m.GetParameters().Length == 2);

        /// <summary>A nullable type, unless it reads a property the model says is required.</summary>
        private bool MayBeNull(LambdaExpression selector)
        {
            var type = selector.ReturnType;
            if (type.IsValueType && Nullable.GetUnderlyingType(type) is null)
            {
                return false;
            }

            return selector.Body is not MemberExpression { Member: PropertyInfo property } access
                || model.FindEntityType(access.Expression?.Type ?? property.DeclaringType!)?.FindProperty(property.Name) is not { IsNullable: false };
        }
    }
}
