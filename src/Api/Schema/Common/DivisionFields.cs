using GraphQL.Types;
using PartyOrg.Domain.Divisions;

namespace PartyOrg.Api.Schema.Common;

/// <summary>Adds the <c>Division</c> interface's fields to a division type, reading links from the <see cref="DivisionDirectory"/>.</summary>
public static class DivisionFields
{
    public static void Add<T>(ObjectGraphType<T> type, Func<T, string?> nameEn)
        where T : class, IDivision
    {
        var level = DivisionLevels.Of<T>().Level;
        type.Interface<NodeInterfaceGraphType>();
        type.Interface<DivisionInterfaceGraphType>();
        type.Field<NonNullGraphType<IdGraphType>>("id").Description("A globally unique, opaque identifier.")
            .Resolve(c => NodeId.Encode(type.Name, c.Source.Code));
        type.Field<NonNullGraphType<StringGraphType>>("code").Description("The official division code (NBS 2023).")
            .Resolve(c => c.Source.Code);
        type.Field<StringGraphType>("nameEn").Description("The English name; null where none is in official use.")
            .Resolve(c => nameEn(c.Source));
        type.Field<NonNullGraphType<DivisionLevelGraphType>>("level").Description("The division's level.").Resolve(_ => level);
        type.Field<DivisionInterfaceGraphType>("parent").Description("The division directly above; null for the region.")
            .ResolveAsync(async c => (await Directory(c).GetAsync(c.CancellationToken)).Parent(c.Source));
        type.Field<NonNullGraphType<ListGraphType<NonNullGraphType<DivisionInterfaceGraphType>>>>("ancestors")
            .Description("Every division above this one, from the region down to the parent.")
            .ResolveAsync(async c => (await Directory(c).GetAsync(c.CancellationToken)).Ancestors(c.Source));
    }

    public static DivisionDirectory Directory(GraphQL.IResolveFieldContext context) =>
        context.RequestServices!.GetRequiredService<DivisionDirectory>();
}
