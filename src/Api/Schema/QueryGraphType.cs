using GraphQL.Types;
using PartyOrg.Api.Security;
using PartyOrg.Domain.Security;

namespace PartyOrg.Api.Schema;

/// <summary>Each hierarchy level contributes its own root fields.</summary>
public sealed class QueryGraphType : ObjectGraphType
{
    public QueryGraphType(IEnumerable<IQueryFields> contributions)
    {
        Name = "Query";
        Description = "Entry points for reading the Party-organisation hierarchy.";
        this.Requires(Role.Anonymous);
        foreach (var contribution in contributions)
        {
            contribution.AddTo(this);
        }
    }
}

/// <summary>A hierarchy level's root fields on <c>Query</c>; each level folder implements one.</summary>
public interface IQueryFields
{
    /// <summary>Adds this level's fields to the root query type.</summary>
    void AddTo(ObjectGraphType query);
}
