using GraphQL;
using GraphQL.Types;
using PartyOrg.Api.Schema.Common;
using RegionEntity = PartyOrg.Domain.Entities.Region;

namespace PartyOrg.Api.Schema.Regions;

public sealed class RegionQueryFields : IQueryFields
{
    public const string RegionCode = "150000";

    public void AddTo(ObjectGraphType query)
    {
        query.Field<RegionGraphType, RegionEntity>("region")
            .Description("The autonomous region, root of the hierarchy; null for a key scoped below it.")
            .ResolveAsync(async c => (await DivisionFields.Directory(c).GetAsync(c.CancellationToken)).Get<RegionEntity>(RegionCode));
        query.Field<DivisionInterfaceGraphType>("division")
            .Description("The division with this official code at any level (e.g. \"150902008022\"); null if there is none.")
            .Argument<NonNullGraphType<StringGraphType>>("code", "A division code: 6, 9 or 12 digits.")
            .ResolveAsync(async c => (await DivisionFields.Directory(c).GetAsync(c.CancellationToken)).Find(c.GetArgument<string>("code")));
    }
}
