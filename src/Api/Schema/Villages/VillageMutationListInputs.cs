using GraphQL.Types;
using PartyOrg.Api.Schema.Members;
using PartyOrg.Domain.Changes.Villages;

namespace PartyOrg.Api.Schema.Villages;

public sealed class UpdateGridsInputGraphType : InputObjectGraphType<UpdateGrids>
{
    public UpdateGridsInputGraphType()
    {
        Name = "UpdateGridsInput";
        Description = "The village's grids (网格) and their workers; they replace the grids recorded so far.";
        Field("villageCode", x => x.VillageCode, typeof(NonNullGraphType<StringGraphType>)).Description("The 12-digit code of the village-level division.");
        Field("version", x => x.Version, typeof(NonNullGraphType<IntGraphType>)).Description("The village facts' version as last read.");
        Field("grids", x => x.Grids, typeof(NonNullGraphType<ListGraphType<NonNullGraphType<GridInputGraphType>>>))
            .Description("The grids, at least one, numbered 1, 2, … in this order.");
    }
}

public sealed class GridInputGraphType : InputObjectGraphType<GridInput>
{
    public GridInputGraphType()
    {
        Name = "GridInput";
        Description = "One grid and its workers.";
        Field("households", x => x.Households, typeof(NonNullGraphType<IntGraphType>)).Description("Households in the grid, 0 or more.");
        Field("workers", x => x.Workers, typeof(NonNullGraphType<ListGraphType<NonNullGraphType<GridWorkerInputGraphType>>>)).Description("The grid workers (网格员), at least one.");
    }
}

public sealed class GridWorkerInputGraphType : InputObjectGraphType<GridWorkerInput>
{
    public GridWorkerInputGraphType()
    {
        Name = "GridWorkerInput";
        Description = "A grid worker (网格员).";
        Field("name", x => x.Name, typeof(NonNullGraphType<StringGraphType>)).Description("The worker's name, 1 to 64 characters.");
        Field("fullTime", x => x.FullTime, typeof(NonNullGraphType<BooleanGraphType>)).Description("Works full-time (专职) rather than part-time (兼职).").DefaultValue(false);
    }
}

public sealed class ElectCommitteeInputGraphType : InputObjectGraphType<ElectCommittee>
{
    public ElectCommitteeInputGraphType()
    {
        Name = "ElectCommitteeInput";
        Description = "The newly elected two committees (两委) of a village; they replace the members recorded so far.";
        Field("villageCode", x => x.VillageCode, typeof(NonNullGraphType<StringGraphType>)).Description("The 12-digit code of the village-level division.");
        Field("version", x => x.Version, typeof(NonNullGraphType<IntGraphType>)).Description("The village facts' version as last read.");
        Field("members", x => x.Members, typeof(NonNullGraphType<ListGraphType<NonNullGraphType<CommitteeMemberInputGraphType>>>))
            .Description("3 to 15 members: exactly one Party secretary and one chair (the same person for \"one shoulder\"), at least one college-educated, each on at least one committee.");
    }
}

public sealed class CommitteeMemberInputGraphType : InputObjectGraphType<CommitteeMemberInput>
{
    public CommitteeMemberInputGraphType()
    {
        Name = "CommitteeMemberInput";
        Description = "An elected member of the two committees and the posts they hold.";
        Field("name", x => x.Name, typeof(NonNullGraphType<StringGraphType>)).Description("The member's name, 1 to 64 characters.");
        Field("gender", x => x.Gender, typeof(NonNullGraphType<GenderGraphType>)).Description("Gender.");
        Field("education", x => x.Education, typeof(NonNullGraphType<EducationGraphType>)).Description("Highest education; ASSOCIATE and above count as college-educated.");
        Field("source", x => x.Source, typeof(NonNullGraphType<CommitteeSourceGraphType>)).Description("The talent pool they were selected from.");
        Field("onPartyCommittee", x => x.OnPartyCommittee, typeof(NonNullGraphType<BooleanGraphType>))
            .Description("Sits on the village Party organisation's committee; the secretary does.");
        Field("onResidentsCommittee", x => x.OnResidentsCommittee, typeof(NonNullGraphType<BooleanGraphType>))
            .Description("Sits on the villagers' or residents' committee; the chair does.");
        Field("isPartySecretary", x => x.IsPartySecretary, typeof(NonNullGraphType<BooleanGraphType>)).Description("Holds the Party secretary post.");
        Field("isChair", x => x.IsChair, typeof(NonNullGraphType<BooleanGraphType>)).Description("Chairs the villagers' or residents' committee.");
    }
}
