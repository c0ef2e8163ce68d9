using PartyOrg.Api.Querying;
using PartyOrg.Api.Querying.Filtering;
using PartyOrg.Api.Querying.Sorting;
using PartyOrg.Api.Schema.Common;
using PartyOrg.Domain.Entities;

namespace PartyOrg.Api.Schema.PracticalMatters;

public static class PracticalMatterRows
{
    public static readonly FilterDefinition<PracticalMatterList> ListFilter = new FilterDefinition<PracticalMatterList>("PracticalMatterList")
        .Id("id", l => l.Id, id => NodeId.DecodeLong(id, NodeTypes.PracticalMatterList), "The list's global ID.")
        .Field("title", l => l.Title, "The list's title.")
        .Field("year", l => l.Year, "The year it is for.")
        .Field("isPublished", l => l.IsPublished, "Published to the public.")
        .Field("isPersonal", l => l.MemberId != null, "A member's personal list rather than an organisation's.")
        .Field("itemCount", l => l.ItemCount, "Items on the list.")
        .Field("completedCount", l => l.CompletedCount, "Items completed.");

    public static readonly SortDefinition<PracticalMatterList> ListSort = new SortDefinition<PracticalMatterList>("PracticalMatterList", l => l.Id)
        .Field("title", l => l.Title, "By title.")
        .Field("year", l => l.Year, "By year.")
        .Field("itemCount", l => l.ItemCount, "By the number of items.")
        .Field("completedCount", l => l.CompletedCount, "By the number of items completed.");

    public static readonly ConnectionSpec<PracticalMatterListGraphType, PracticalMatterList, PracticalMatterListFilterInputGraphType, PracticalMatterListSortInputGraphType> ListSpec =
        new(ListFilter, ListSort, []);

    public static readonly FilterDefinition<PracticalMatter> Filter = new FilterDefinition<PracticalMatter>("PracticalMatter")
        .Id("id", m => m.Id, id => NodeId.DecodeLong(id, NodeTypes.PracticalMatter), "The item's global ID.")
        .Field("title", m => m.Title, "What is to be done.")
        .Enum<ServiceCategory, ServiceCategoryGraphType>("category", m => m.Category, "What it is about.")
        .Enum<PracticalMatterStatus, PracticalMatterStatusGraphType>("status", m => m.Status, "Planned or completed.")
        .Field("plannedOn", m => m.PlannedOn, "When it is to be done.")
        .Field("completedOn", m => m.CompletedOn, "When it was done; null while planned.")
        .Field("fromSuggestion", m => m.SourceSuggestionId != null, "Adopted from a suggestion.");

    public static readonly SortDefinition<PracticalMatter> Sort = new SortDefinition<PracticalMatter>("PracticalMatter", m => m.Id)
        .Field("plannedOn", m => m.PlannedOn, "By planned date.")
        .Field("completedOn", m => m.CompletedOn, "By completion date.")
        .Field("category", m => m.Category, "By category.")
        .Field("status", m => m.Status, "By status: PLANNED, COMPLETED.");

    public static readonly ConnectionSpec<PracticalMatterGraphType, PracticalMatter, PracticalMatterFilterInputGraphType, PracticalMatterSortInputGraphType> Spec =
        new(Filter, Sort, [new SortStep(Sort.Find("plannedOn")!, Descending: false)]);
}

public sealed class PracticalMatterListFilterInputGraphType() : FilterInputGraphType<PracticalMatterList>(PracticalMatterRows.ListFilter, "Conditions on practical-matter lists.");

public sealed class PracticalMatterListSortInputGraphType() : SortInputGraphType<PracticalMatterList>(PracticalMatterRows.ListSort, "Orders of practical-matter lists.");

public sealed class PracticalMatterFilterInputGraphType() : FilterInputGraphType<PracticalMatter>(PracticalMatterRows.Filter, "Conditions on practical matters.");

public sealed class PracticalMatterSortInputGraphType() : SortInputGraphType<PracticalMatter>(PracticalMatterRows.Sort, "Orders of practical matters; by planned date by default.");
