using System.Linq.Expressions;
using GraphQL;
using GraphQL.Builders;
using GraphQL.Types;
using PartyOrg.Api.Querying;
using PartyOrg.Api.Querying.Filtering;

namespace PartyOrg.Api.Schema.Common;

/// <summary>
/// The <c>within</c> argument of the flat connections: a division code whose subtree the rows must
/// lie in. A subtree is a range of codes, so the filter is one indexed range condition.
/// </summary>
public static class Within
{
    private static readonly System.Reflection.MethodInfo Compare = typeof(string).GetMethod(nameof(string.Compare), [typeof(string), typeof(string)])!;

    public static FieldBuilder<TSource, TReturn> Argument<TSource, TReturn>(FieldBuilder<TSource, TReturn> field) =>
        field.Argument<StringGraphType>("within", "A division code: only rows in that division's subtree (e.g. \"152200\" for Hinggan League).");

    public static async Task<Expression<Func<T, bool>>?> PredicateAsync<T>(IResolveFieldContext context, Expression<Func<T, string>> code, int codeLength)
    {
        if (context.GetArgument<string?>("within") is not { } within)
        {
            return null;
        }

        var division = (await DivisionFields.Directory(context).GetAsync(context.CancellationToken)).Find(within)
            ?? throw new QueryError(QueryErrorCodes.UnknownDivision, $"There is no division with the code '{(within.Length > 20 ? within[..20] : within)}'.",
                new Dictionary<string, object?> { ["within"] = within.Length > 20 ? within[..20] : within });
        return Range(code, Divisions.SubtreePrefix(division), codeLength);
    }

    /// <summary>Rows whose code starts with <paramref name="prefix"/>, as the range [prefix000…, prefix999…].</summary>
    public static Expression<Func<T, bool>> Range<T>(Expression<Func<T, string>> code, string prefix, int length)
    {
        if (prefix.Length > length)
        {
            return Expression.Lambda<Func<T, bool>>(Expression.Constant(false), code.Parameters);
        }

        var low = ValueBox.Of(prefix.PadRight(length, '0'), typeof(string));
        var high = ValueBox.Of(prefix.PadRight(length, '9'), typeof(string));
        var zero = Expression.Constant(0);
        var body = Expression.AndAlso(
            Expression.GreaterThanOrEqual(Expression.Call(Compare, code.Body, low), zero),
            Expression.LessThanOrEqual(Expression.Call(Compare, code.Body, high), zero));
        return Expression.Lambda<Func<T, bool>>(body, code.Parameters);
    }
}
