using GraphQL.Types;
using PartyOrg.Api.Security;

namespace PartyOrg.Api.Querying.Filtering;

public abstract class FilterInputGraphType<T> : InputObjectGraphType
{
    protected FilterInputGraphType(FilterDefinition<T> definition, string description)
    {
        Name = $"{definition.TypeName}FilterInput";
        Description = description;
        OperationFields.AddLogic(this);
        foreach (var field in definition.Fields)
        {
            AddField(new FieldType { Name = field.Name, Type = field.GraphType, Description = Access.ArgumentDescription(field.Description, field.Requires) })
                .Requires(field.Requires);
        }
    }
}

/// <summary>Hot Chocolate's <c>ListFilterInputTypeOfXFilterInput</c>.</summary>
public sealed class ListFilterInputGraphType<TChildFilter> : InputObjectGraphType
    where TChildFilter : InputObjectGraphType, new()
{
    public ListFilterInputGraphType()
    {
        var child = new TChildFilter().Name;
        Name = $"ListFilterInputTypeOf{child}";
        Description = $"Conditions on a list, each element tested with {child}.";
        Field<TChildFilter>("all").Description("Every element matches (true for an empty list).");
        Field<TChildFilter>("none").Description("No element matches.");
        Field<TChildFilter>("some").Description("At least one element matches.");
        Field<BooleanGraphType>("any").Description("true: the list has elements; false: it is empty.");
    }
}
