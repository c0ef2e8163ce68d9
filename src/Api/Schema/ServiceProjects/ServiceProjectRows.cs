using PartyOrg.Api.Querying;
using PartyOrg.Api.Querying.Filtering;
using PartyOrg.Api.Querying.Sorting;
using PartyOrg.Api.Schema.Common;
using PartyOrg.Api.Schema.PracticalMatters;
using PartyOrg.Domain.Entities;

namespace PartyOrg.Api.Schema.ServiceProjects;

public static class ServiceProjectRows
{
    public static readonly FilterDefinition<ServiceProject> Filter = new FilterDefinition<ServiceProject>("ServiceProject")
        .Id("id", p => p.Id, id => NodeId.DecodeLong(id, NodeTypes.ServiceProject), "The project's global ID.")
        .Field("title", p => p.Title, "What the volunteers do.")
        .Enum<ServiceCategory, ServiceCategoryGraphType>("category", p => p.Category, "What it is about.")
        .Field("communityCode", p => p.CommunityCode, "The code of the community offering it.")
        .Field("postedOn", p => p.PostedOn, "When it was offered.")
        .Field("isClaimed", p => p.ClaimedByMemberId != null, "Whether a member has claimed it.")
        .Field("claimedOn", p => p.ClaimedOn, "When it was claimed; null while open.");

    public static readonly SortDefinition<ServiceProject> Sort = new SortDefinition<ServiceProject>("ServiceProject", p => p.Id)
        .Field("postedOn", p => p.PostedOn, "By the date it was offered.")
        .Field("claimedOn", p => p.ClaimedOn, "By the date it was claimed.")
        .Field("category", p => p.Category, "By category.");

    public static readonly ConnectionSpec<ServiceProjectGraphType, ServiceProject, ServiceProjectFilterInputGraphType, ServiceProjectSortInputGraphType> Spec =
        new(Filter, Sort, []);

    public static readonly FilterDefinition<OneNetworkService> CatalogueFilter = new FilterDefinition<OneNetworkService>("OneNetworkService")
        .Field("name", s => s.Name, "The Chinese name.")
        .Field("nameEn", s => s.NameEn, "The English name.")
        .Field("department", s => s.Department, "The department whose data it joins.");

    public static readonly SortDefinition<OneNetworkService> CatalogueSort = new SortDefinition<OneNetworkService>("OneNetworkService", s => s.Id)
        .Field("name", s => s.Name, "By Chinese name.")
        .Field("department", s => s.Department, "By department.");

    public static readonly ConnectionSpec<OneNetworkServiceGraphType, OneNetworkService, OneNetworkServiceFilterInputGraphType, OneNetworkServiceSortInputGraphType> CatalogueSpec =
        new(CatalogueFilter, CatalogueSort, []);
}

public sealed class ServiceProjectFilterInputGraphType() : FilterInputGraphType<ServiceProject>(ServiceProjectRows.Filter, "Conditions on volunteer service projects.");

public sealed class ServiceProjectSortInputGraphType() : SortInputGraphType<ServiceProject>(ServiceProjectRows.Sort, "Orders of volunteer service projects.");

public sealed class OneNetworkServiceFilterInputGraphType() : FilterInputGraphType<OneNetworkService>(ServiceProjectRows.CatalogueFilter, "Conditions on the one-network services.");

public sealed class OneNetworkServiceSortInputGraphType() : SortInputGraphType<OneNetworkService>(ServiceProjectRows.CatalogueSort, "Orders of the one-network services; by number by default.");
