using GraphQL.Types;

namespace PartyOrg.Api.Querying;

/// <summary>Named <c>Date</c>, as Hot Chocolate names it.</summary>
public sealed class LocalDateGraphType : DateOnlyGraphType
{
    public LocalDateGraphType()
    {
        Name = "Date";
        Description = "A calendar date in ISO 8601 form, yyyy-MM-dd.";
    }
}
