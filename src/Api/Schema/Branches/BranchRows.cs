using PartyOrg.Api.Querying;
using PartyOrg.Api.Querying.Filtering;
using PartyOrg.Api.Querying.Sorting;
using PartyOrg.Api.Schema.Common;
using PartyOrg.Domain.Entities;

namespace PartyOrg.Api.Schema.Branches;

public static class BranchRows
{
    public static readonly FilterDefinition<Rectification> RectificationFilter = new FilterDefinition<Rectification>("Rectification")
        .Field("listedYear", r => r.ListedYear, "The year the branch was listed as weak.")
        .Field("rectifiedYear", r => r.RectifiedYear, "The year rectification was completed; null while under way.");

    public static readonly FilterDefinition<Branch> Filter = new FilterDefinition<Branch>("Branch")
        .Id("id", b => b.Id, id => NodeId.DecodeLong(id, NodeTypes.Branch), "The branch's global ID.")
        .Field("name", b => b.Name, "The branch's name.")
        .Enum<BranchSector, BranchSectorGraphType>("sector", b => b.Sector, "The field it works in.")
        .Field("villageCode", b => b.VillageCode, "The code of the village-level division it is located in.")
        .Field("foundedOn", b => b.FoundedOn, "When it was founded.")
        .Enum<BranchRating, BranchRatingGraphType>("rating", b => b.Rating, "Its current rating.")
        .Field("ratedYear", b => b.RatedYear, "The year the current rating was given.")
        .List<Rectification, RectificationFilterInputGraphType>("rectifications", b => b.Rectifications, RectificationFilter, "Conditions on its rectification history.");

    public static readonly SortDefinition<Branch> Sort = new SortDefinition<Branch>("Branch", b => b.Id)
        .Field("name", b => b.Name, "By name.")
        .Field("sector", b => b.Sector, "By sector.")
        .Field("villageCode", b => b.VillageCode, "By location: village code.")
        .Field("foundedOn", b => b.FoundedOn, "By founding date.")
        .Field("rating", b => b.Rating, "By rating: STRONGEST, STANDARD, WEAK.")
        .Field("ratedYear", b => b.RatedYear, "By the year of the current rating.");

    public static readonly ConnectionSpec<BranchGraphType, Branch, BranchFilterInputGraphType, BranchSortInputGraphType> Spec = new(Filter, Sort, []);

    public static readonly FilterDefinition<Meeting> MeetingFilter = new FilterDefinition<Meeting>("Meeting")
        .Enum<MeetingKind, MeetingKindGraphType>("kind", m => m.Kind, "The kind of meeting.")
        .Field("heldOn", m => m.HeldOn, "When it was held.")
        .Field("attendance", m => m.Attendance, "Members present.");

    public static readonly SortDefinition<Meeting> MeetingSort = new SortDefinition<Meeting>("Meeting", m => m.Id)
        .Field("heldOn", m => m.HeldOn, "By date.")
        .Field("kind", m => m.Kind, "By kind.")
        .Field("attendance", m => m.Attendance, "By attendance.");

    public static readonly ConnectionSpec<MeetingGraphType, Meeting, MeetingFilterInputGraphType, MeetingSortInputGraphType> MeetingSpec =
        new(MeetingFilter, MeetingSort, [new SortStep(MeetingSort.Find("heldOn")!, Descending: true)]);
}

public sealed class BranchFilterInputGraphType() : FilterInputGraphType<Branch>(BranchRows.Filter, "Conditions on branches.");

public sealed class RectificationFilterInputGraphType() : FilterInputGraphType<Rectification>(BranchRows.RectificationFilter, "Conditions on a rectification.");

public sealed class BranchSortInputGraphType() : SortInputGraphType<Branch>(BranchRows.Sort, "Orders of branches.");

public sealed class MeetingFilterInputGraphType() : FilterInputGraphType<Meeting>(BranchRows.MeetingFilter, "Conditions on meetings.");

public sealed class MeetingSortInputGraphType() : SortInputGraphType<Meeting>(BranchRows.MeetingSort, "Orders of meetings; newest first by default.");
