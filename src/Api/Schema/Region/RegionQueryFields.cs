using GraphQL;
using GraphQL.Types;
using Microsoft.EntityFrameworkCore;
using PartyOrg.Domain.Data;
using RegionEntity = PartyOrg.Domain.Entities.Region;

namespace PartyOrg.Api.Schema.Region;

/// <summary>The region's root field on <c>Query</c>.</summary>
public sealed class RegionQueryFields(IDbContextFactory<PartyDbContext> contexts) : IQueryFields
{
    public void AddTo(ObjectGraphType query)
    {
        query.Field<NonNullGraphType<RegionGraphType>, RegionEntity>("region")
            .Description("The autonomous region, root of the hierarchy.")
            .ResolveAsync(context => LoadAsync(context.CancellationToken));
    }

    private async Task<RegionEntity?> LoadAsync(CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.Regions.AsNoTracking().SingleAsync(cancellationToken);
    }
}
