using System.Globalization;
using GraphQL;
using PartyOrg.Api.Changes;
using PartyOrg.Api.Querying;
using PartyOrg.Api.Schema.Common;
using PartyOrg.Api.Security;
using PartyOrg.Domain.Changes;
using PartyOrg.Domain.Divisions;
using PartyOrg.Domain.Security;

namespace PartyOrg.Api.Schema.Changes;

/// <summary>The arguments of <c>changes</c> (query and subscription) and <c>statisticsChanged</c>, checked into coded errors.</summary>
public static class FeedArguments
{
    public const string ScopeDescription = "A division code: only events in its subtree, by the village they belong to or, for a transfer, the village the member left (e.g. \"152200\" for Hinggan League, \"150000\" for the whole region).";

    public const string AfterDescription = "A `position` from an earlier event: only events after it. Positions are decimal strings.";

    public const string KindsDescription = "Only events of these kinds; all kinds when omitted.";

    /// <summary>The events the arguments <c>scope</c> and <c>kinds</c> ask for.</summary>
    public static async Task<ChangeFilter> FilterAsync(IResolveFieldContext context)
    {
        var code = context.GetArgument<string>("scope");
        var division = await DivisionAsync(context, code, "scope", narrowing: true);
        var prefix = Within.Narrow(division.SubtreePrefix(), Caller.From(context).Scope) ?? throw UnknownDivision(code, "scope");
        return new ChangeFilter([prefix], context.GetArgument<List<ChangeKind>?>("kinds"));
    }

    /// <summary>
    /// The division with that code, or UNKNOWN_DIVISION naming the code under the argument's name. Outside the
    /// caller's subtree a division is not found, unless <paramref name="narrowing"/> lets an ancestor stand for the caller's subtree.
    /// </summary>
    public static async Task<IDivision> DivisionAsync(IResolveFieldContext context, string code, string argument, bool narrowing = false)
    {
        var division = (await DivisionFields.Directory(context).GetAsync(context.CancellationToken)).Find(code);
        var scope = Caller.From(context).Scope;
        var visible = division is not null && (narrowing || scope.Contains(division.Code));
        return visible ? division! : throw UnknownDivision(code, argument);
    }

    private static QueryError UnknownDivision(string code, string argument)
    {
        var shown = code.Length > 20 ? code[..20] : code;
        return new QueryError(QueryErrorCodes.UnknownDivision, $"There is no division with the code '{shown}'.", new Dictionary<string, object?>(StringComparer.Ordinal) { [argument] = shown });
    }

    /// <summary>The <c>after</c> position, or null when none was given; a coded error when it is not a position.</summary>
    public static long? After(IResolveFieldContext context)
    {
        if (context.GetArgument<string?>("after") is not { } after)
        {
            return null;
        }

        return long.TryParse(after, NumberStyles.None, CultureInfo.InvariantCulture, out var position)
            ? position
            : throw InvalidPosition(after, "is not a change-log position: pass the `position` of an event, a decimal string such as \"42\".");
    }

    public static QueryError InvalidPosition(string after, string problem)
    {
        var shown = after.Length > 100 ? after[..100] : after;
        return new QueryError(QueryErrorCodes.InvalidCursor, $"The position '{shown}' {problem}", new Dictionary<string, object?>(StringComparer.Ordinal) { ["cursor"] = shown });
    }
}
