using GraphQL.Types;

namespace PartyOrg.Api.Querying;

/// <summary>The <c>Date</c> scalar as Hot Chocolate names it: an ISO 8601 calendar date, <c>yyyy-MM-dd</c>.</summary>
public sealed class LocalDateGraphType : DateOnlyGraphType
{
    public LocalDateGraphType()
    {
        Name = "Date";
        Description = "A calendar date in ISO 8601 form, yyyy-MM-dd.";
    }
}
