using System.Linq.Expressions;
using GraphQL;
using GraphQL.Builders;
using GraphQL.Types;
using PartyOrg.Api.Querying;
using PartyOrg.Api.Querying.Filtering;
using PartyOrg.Api.Security;
using PartyOrg.Domain.Security;

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
        var caller = Caller.From(context).Scope;
        if (context.GetArgument<string?>("within") is not { } within)
        {
            return caller.IsEverything ? null : Range(code, caller.Prefix, codeLength);
        }

        var shown = within.Length > 20 ? within[..20] : within;
        var division = (await DivisionFields.Directory(context).GetAsync(context.CancellationToken)).Find(within);
        var prefix = division is null ? null : Narrow(Divisions.SubtreePrefix(division), caller);
        return prefix is null
            ? throw new QueryError(QueryErrorCodes.UnknownDivision, $"There is no division with the code '{shown}'.", new Dictionary<string, object?>(StringComparer.Ordinal) { ["within"] = shown })
            : Range(code, prefix, codeLength);
    }

    /// <summary>
    /// The part of a division's subtree the caller may see: all of it when it lies in the caller's subtree, the
    /// caller's subtree when the division lies above it, and null (reported as not found) when they do not meet.
    /// </summary>
    public static string? Narrow(string prefix, Subtree caller) =>
        caller.Contains(prefix) ? prefix
        : caller.Prefix.StartsWith(prefix, StringComparison.Ordinal) ? caller.Prefix
        : null;

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
