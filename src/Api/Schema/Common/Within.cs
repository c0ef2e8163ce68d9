using System.Linq.Expressions;
using GraphQL;
using GraphQL.Builders;
using GraphQL.Types;
using PartyOrg.Api.Querying;
using PartyOrg.Api.Security;
using PartyOrg.Domain.Divisions;
using PartyOrg.Domain.Security;

namespace PartyOrg.Api.Schema.Common;

/// <summary>A subtree is a range of codes, so <c>within</c> is one indexed range condition.</summary>
public static class Within
{
    public static FieldBuilder<TSource, TReturn> Argument<TSource, TReturn>(FieldBuilder<TSource, TReturn> field) =>
        field.Argument<StringGraphType>("within", "A division code: only rows in that division's subtree (e.g. \"152200\" for Hinggan League).");

    public static async Task<Expression<Func<T, bool>>?> PredicateAsync<T>(IResolveFieldContext context, Expression<Func<T, string>> code, LevelSpec level)
    {
        var caller = Caller.From(context).Scope;
        if (context.GetArgument<string?>("within") is not { } within)
        {
            return caller.IsEverything ? null : CodeRange.Of(code, caller.Prefix, level.CodeLength);
        }

        var shown = within.Length > 20 ? within[..20] : within;
        var division = (await DivisionFields.Directory(context).GetAsync(context.CancellationToken)).Find(within);
        var prefix = division is null ? null : Narrow(division.SubtreePrefix(), caller);
        return prefix is null
            ? throw new QueryError(QueryErrorCodes.UnknownDivision, $"There is no division with the code '{shown}'.", new Dictionary<string, object?>(StringComparer.Ordinal) { ["within"] = shown })
            : CodeRange.Of(code, prefix, level.CodeLength);
    }

    /// <summary>
    /// The part of a division's subtree the caller may see: all of it when it lies in the caller's subtree, the
    /// caller's subtree when the division lies above it, and null (reported as not found) when they do not meet.
    /// </summary>
    public static string? Narrow(string prefix, Subtree caller) =>
        caller.Contains(prefix) ? prefix
        : caller.Prefix.StartsWith(prefix, StringComparison.Ordinal) ? caller.Prefix
        : null;
}
