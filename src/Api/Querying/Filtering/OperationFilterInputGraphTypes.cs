using GraphQL.Types;

namespace PartyOrg.Api.Querying.Filtering;

/// <summary>Hot Chocolate's <c>StringOperationFilterInput</c>.</summary>
public sealed class StringOperationFilterInputGraphType : InputObjectGraphType
{
    public StringOperationFilterInputGraphType()
    {
        Name = "StringOperationFilterInput";
        Description = "Conditions on a text field; all given conditions must hold. Matching is case-sensitive and '%' and '_' are ordinary characters.";
        OperationFields.AddLogic(this);
        Field<StringGraphType>("eq").Description("Equal to the value; null matches a missing value.");
        Field<StringGraphType>("neq").Description("Not equal to the value; null matches any present value.");
        Field<StringGraphType>("contains").Description("Contains the value.");
        Field<StringGraphType>("ncontains").Description("Does not contain the value (or has no value).");
        Field<ListGraphType<StringGraphType>>("in").Description("Equal to one of the values.");
        Field<ListGraphType<StringGraphType>>("nin").Description("Equal to none of the values.");
        Field<StringGraphType>("startsWith").Description("Starts with the value.");
        Field<StringGraphType>("nstartsWith").Description("Does not start with the value (or has no value).");
        Field<StringGraphType>("endsWith").Description("Ends with the value.");
        Field<StringGraphType>("nendsWith").Description("Does not end with the value (or has no value).");
    }
}

/// <summary>Hot Chocolate's comparable operation inputs: <c>IntOperationFilterInput</c>, <c>DateOperationFilterInput</c>, ….</summary>
public abstract class ComparableOperationFilterInputGraphType<TScalar> : InputObjectGraphType
    where TScalar : ScalarGraphType
{
    protected ComparableOperationFilterInputGraphType(string name, string valueName)
    {
        Name = name;
        Description = $"Conditions on {valueName} field; all given conditions must hold.";
        OperationFields.AddLogic(this);
        Field<TScalar>("eq").Description("Equal to the value; null matches a missing value.");
        Field<TScalar>("neq").Description("Not equal to the value.");
        Field<ListGraphType<TScalar>>("in").Description("Equal to one of the values.");
        Field<ListGraphType<TScalar>>("nin").Description("Equal to none of the values.");
        Field<TScalar>("gt").Description("Greater than the value.");
        Field<TScalar>("ngt").Description("Not greater than the value.");
        Field<TScalar>("gte").Description("Greater than or equal to the value.");
        Field<TScalar>("ngte").Description("Not greater than or equal to the value.");
        Field<TScalar>("lt").Description("Less than the value.");
        Field<TScalar>("nlt").Description("Not less than the value.");
        Field<TScalar>("lte").Description("Less than or equal to the value.");
        Field<TScalar>("nlte").Description("Not less than or equal to the value.");
    }
}

public sealed class IntOperationFilterInputGraphType() : ComparableOperationFilterInputGraphType<IntGraphType>("IntOperationFilterInput", "an integer");

public sealed class LongOperationFilterInputGraphType() : ComparableOperationFilterInputGraphType<LongGraphType>("LongOperationFilterInput", "a long integer");

public sealed class DateOperationFilterInputGraphType() : ComparableOperationFilterInputGraphType<LocalDateGraphType>("DateOperationFilterInput", "a date");

/// <summary>Hot Chocolate's <c>BooleanOperationFilterInput</c>.</summary>
public sealed class BooleanOperationFilterInputGraphType : InputObjectGraphType
{
    public BooleanOperationFilterInputGraphType()
    {
        Name = "BooleanOperationFilterInput";
        Description = "Conditions on a true/false field.";
        OperationFields.AddLogic(this);
        Field<BooleanGraphType>("eq").Description("Equal to the value.");
        Field<BooleanGraphType>("neq").Description("Not equal to the value.");
    }
}

/// <summary>Hot Chocolate's <c>XOperationFilterInput</c> for an enum X.</summary>
public sealed class EnumOperationFilterInputGraphType<TEnum> : InputObjectGraphType
    where TEnum : EnumerationGraphType, new()
{
    public EnumOperationFilterInputGraphType()
    {
        var enumName = new TEnum().Name;
        Name = $"{enumName}OperationFilterInput";
        Description = $"Conditions on a {enumName} field.";
        OperationFields.AddLogic(this);
        Field<TEnum>("eq").Description("Equal to the value.");
        Field<TEnum>("neq").Description("Not equal to the value.");
        Field<ListGraphType<NonNullGraphType<TEnum>>>("in").Description("Equal to one of the values.");
        Field<ListGraphType<NonNullGraphType<TEnum>>>("nin").Description("Equal to none of the values.");
    }
}

/// <summary>Hot Chocolate's <c>IdOperationFilterInput</c>.</summary>
public sealed class IdOperationFilterInputGraphType : InputObjectGraphType
{
    public IdOperationFilterInputGraphType()
    {
        Name = "IdOperationFilterInput";
        Description = "Conditions on a global ID.";
        OperationFields.AddLogic(this);
        Field<IdGraphType>("eq").Description("Equal to the ID.");
        Field<IdGraphType>("neq").Description("Not equal to the ID.");
        Field<ListGraphType<IdGraphType>>("in").Description("Equal to one of the IDs.");
        Field<ListGraphType<IdGraphType>>("nin").Description("Equal to none of the IDs.");
    }
}

internal static class OperationFields
{
    public static void AddLogic(InputObjectGraphType type)
    {
        var self = new ListGraphType(new NonNullGraphType(new GraphQLTypeReference(type.Name)));
        type.AddField(new FieldType { Name = "and", ResolvedType = self, Description = "All of these conditions hold." });
        type.AddField(new FieldType { Name = "or", ResolvedType = new ListGraphType(new NonNullGraphType(new GraphQLTypeReference(type.Name))), Description = "At least one of these conditions holds." });
    }
}
