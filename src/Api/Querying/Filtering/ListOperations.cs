using System.Linq.Expressions;
using System.Reflection;
using PartyOrg.Domain.Security;

namespace PartyOrg.Api.Querying.Filtering;

/// <summary><c>some</c>, <c>all</c>, <c>none</c> and <c>any</c> over a list of child rows, translated to EXISTS subqueries.</summary>
internal static class ListOperations
{
    private static readonly MethodInfo AnyWithPredicate = Method(nameof(Enumerable.Any), 2);
    private static readonly MethodInfo AnyAtAll = Method(nameof(Enumerable.Any), 1);
    private static readonly MethodInfo AllWithPredicate = Method(nameof(Enumerable.All), 2);

    public static Expression Build(FilterField field, Expression list, IDictionary<string, object?> operations, Role role)
    {
        var child = field.Child!;
        var parts = new List<Expression>();
        foreach (var (op, value) in operations)
        {
            if (op == "any")
            {
                var any = Expression.Call(AnyAtAll.MakeGenericMethod(child.EntityType), list);
                parts.Add(value is bool wanted ? wanted ? any : Expression.Not(any) : throw FilterCompiler.Invalid("'any' takes true or false."));
                continue;
            }

            var input = value as IDictionary<string, object?> ?? throw FilterCompiler.Invalid($"'{op}' takes a {child.TypeName} filter object.");
            var parameter = Expression.Parameter(child.EntityType, "c");
            var predicate = Expression.Lambda(FilterCompiler.Object(child, parameter, input, role), parameter);
            parts.Add(op switch
            {
                "some" => Expression.Call(AnyWithPredicate.MakeGenericMethod(child.EntityType), list, predicate),
                "none" => Expression.Not(Expression.Call(AnyWithPredicate.MakeGenericMethod(child.EntityType), list, predicate)),
                "all" => Expression.Call(AllWithPredicate.MakeGenericMethod(child.EntityType), list, predicate),
                _ => throw FilterCompiler.Invalid($"'{op}' is not an operation of {field.Name}."),
            });
        }

        return FilterCompiler.Combine(parts, and: true);
    }

    private static MethodInfo Method(string name, int parameters) =>
        typeof(Enumerable).GetMethods().Single(m => m.Name == name && m.GetParameters().Length == parameters);
}
