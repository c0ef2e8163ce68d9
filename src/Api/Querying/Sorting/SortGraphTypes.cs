using GraphQL.Types;
using PartyOrg.Api.Security;

namespace PartyOrg.Api.Querying.Sorting;

/// <summary>Hot Chocolate's <c>SortEnumType</c>.</summary>
public sealed class SortEnumGraphType : EnumerationGraphType<SortDirection>
{
    public SortEnumGraphType()
    {
        Name = "SortEnumType";
        Description = "A sort direction.";
        Values["ASC"]!.Description = "Ascending: smallest, earliest or alphabetically first first; missing values first.";
        Values["DESC"]!.Description = "Descending: largest, latest or alphabetically last first; missing values last.";
    }
}

public abstract class SortInputGraphType<T> : InputObjectGraphType
{
    protected SortInputGraphType(SortDefinition<T> definition, string description)
    {
        Name = $"{definition.TypeName}SortInput";
        Description = description + " Set one field per list element; elements apply in order, and the key always ends the order.";
        foreach (var field in definition.Fields)
        {
            Field<SortEnumGraphType>(field.Name).Description(Access.ArgumentDescription(field.Description, field.Requires)).Requires(field.Requires);
        }
    }
}
