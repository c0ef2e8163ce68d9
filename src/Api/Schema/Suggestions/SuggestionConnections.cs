using GraphQL.Types;
using PartyOrg.Api.Querying;
using PartyOrg.Api.Querying.Loading;
using PartyOrg.Api.Security;
using PartyOrg.Domain.Entities;
using PartyOrg.Domain.Security;

namespace PartyOrg.Api.Schema.Suggestions;

/// <summary>The <c>suggestions</c> connection every division type has, each with its own key expression so EF reads a column, not an interface.</summary>
public static class SuggestionConnections
{
    public static void AddTo<T>(ObjectGraphType<T> type, ChildConnections<T, Suggestion, string> about)
        where T : class =>
        ConnectionFields.Child(type, "suggestions",
            "Suggestions about this division itself; root `suggestions(within:)` adds those about the divisions below it, and `stats` counts them all.",
            SuggestionRows.Spec, about, nullable: true).Requires(Role.Partner);
}
