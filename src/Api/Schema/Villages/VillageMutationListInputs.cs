using GraphQL.Types;
using PartyOrg.Api.Schema.Members;

namespace PartyOrg.Api.Schema.Villages;

public sealed class UpdateGridsInputGraphType : InputObjectGraphType
{
    public UpdateGridsInputGraphType()
    {
        Name = "UpdateGridsInput";
        Description = "The village's grids (网格) and their workers; they replace the grids recorded so far.";
        Field<NonNullGraphType<StringGraphType>>("villageCode").Description("The 12-digit code of the village-level division.");
        Field<NonNullGraphType<IntGraphType>>("version").Description("The village facts' version as last read.");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<GridInputGraphType>>>>("grids")
            .Description("The grids, at least one, numbered 1, 2, … in this order.");
    }
}

public sealed class GridInputGraphType : InputObjectGraphType
{
    public GridInputGraphType()
    {
        Name = "GridInput";
        Description = "One grid and its workers.";
        Field<NonNullGraphType<IntGraphType>>("households").Description("Households in the grid, 0 or more.");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<GridWorkerInputGraphType>>>>("workers").Description("The grid workers (网格员), at least one.");
    }
}

public sealed class GridWorkerInputGraphType : InputObjectGraphType
{
    public GridWorkerInputGraphType()
    {
        Name = "GridWorkerInput";
        Description = "A grid worker (网格员).";
        Field<NonNullGraphType<StringGraphType>>("name").Description("The worker's name, 1 to 64 characters.");
        Field<NonNullGraphType<BooleanGraphType>>("fullTime").Description("Works full-time (专职) rather than part-time (兼职).").DefaultValue(false);
    }
}

public sealed class ElectCommitteeInputGraphType : InputObjectGraphType
{
    public ElectCommitteeInputGraphType()
    {
        Name = "ElectCommitteeInput";
        Description = "The newly elected two committees (两委) of a village; they replace the members recorded so far.";
        Field<NonNullGraphType<StringGraphType>>("villageCode").Description("The 12-digit code of the village-level division.");
        Field<NonNullGraphType<IntGraphType>>("version").Description("The village facts' version as last read.");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<CommitteeMemberInputGraphType>>>>("members")
            .Description("3 to 15 members: exactly one Party secretary and one chair (the same person for \"one shoulder\"), at least one college-educated, each on at least one committee.");
    }
}

public sealed class CommitteeMemberInputGraphType : InputObjectGraphType
{
    public CommitteeMemberInputGraphType()
    {
        Name = "CommitteeMemberInput";
        Description = "An elected member of the two committees and the posts they hold.";
        Field<NonNullGraphType<StringGraphType>>("name").Description("The member's name, 1 to 64 characters.");
        Field<NonNullGraphType<GenderGraphType>>("gender").Description("Gender.");
        Field<NonNullGraphType<EducationGraphType>>("education").Description("Highest education; ASSOCIATE and above count as college-educated.");
        Field<NonNullGraphType<CommitteeSourceGraphType>>("source").Description("The talent pool they were selected from.");
        Field<NonNullGraphType<BooleanGraphType>>("onPartyCommittee").Description("Sits on the village Party organisation's committee; the secretary does.");
        Field<NonNullGraphType<BooleanGraphType>>("onResidentsCommittee").Description("Sits on the villagers' or residents' committee; the chair does.");
        Field<NonNullGraphType<BooleanGraphType>>("isPartySecretary").Description("Holds the Party secretary post.");
        Field<NonNullGraphType<BooleanGraphType>>("isChair").Description("Chairs the villagers' or residents' committee.");
    }
}
