using GraphQL.Types;
using PartyOrg.Api.Querying;
using PartyOrg.Api.Querying.Loading;
using PartyOrg.Api.Schema.Common;
using PartyOrg.Api.Schema.Members;
using PartyOrg.Api.Schema.PracticalMatters;
using PartyOrg.Api.Schema.ServiceProjects;
using PartyOrg.Api.Schema.Statistics;
using PartyOrg.Api.Schema.Suggestions;
using PartyOrg.Api.Schema.Villages;
using PartyOrg.Api.Security;
using PartyOrg.Domain.Entities;
using PartyOrg.Domain.Security;

namespace PartyOrg.Api.Schema.Branches;

public sealed class BranchGraphType : ObjectGraphType<Branch>
{
    private static readonly ChildConnections<Branch, Member, long> MembersOf = new(b => b.Id, m => m.BranchId);
    private static readonly ChildConnections<Branch, Meeting, long> MeetingsOf = new(b => b.Id, m => m.BranchId);
    // Nullable keys are read with .Value, which EF translates to the bare column: a COALESCE there makes SQLite need APPLY.
    private static readonly ChildConnections<Branch, Suggestion, long> SuggestionsOf = new(b => b.Id, s => s.CollectedByBranchId!.Value);
    private static readonly ChildConnections<Branch, PracticalMatterList, long> ListsOf = new(b => b.Id, l => l.BranchId);
    private static readonly ChildConnections<Branch, ServiceProject, long> ClaimsOf = new(b => b.Id, p => p.ClaimantBranchId!.Value);

    public BranchGraphType()
    {
        Name = "Branch";
        Description = "A Party branch (党支部), the basic unit every member belongs to.";
        this.Requires(Role.Dashboard);

        // Rows are read with the columns the operation's fields declare; the scope rules read the village of every row.
        this.ReadsAlways(nameof(Branch.Id), nameof(Branch.VillageCode));
        Interface<NodeInterfaceGraphType>();
        Field<NonNullGraphType<IdGraphType>>("id").Description("A globally unique, opaque identifier.").Resolve(c => NodeId.Encode(NodeTypes.Branch, c.Source.Id)).Reads(nameof(Branch.Id));
        Field(b => b.Name).Description("The branch's name, e.g. 察哈尔社区党支部.").Reads(nameof(Branch.Name));
        Field(b => b.Version).Description("The record's version: send it back with a change, which is refused if someone changed the branch since.").Reads(nameof(Branch.Version));
        Field<NonNullGraphType<BranchSectorGraphType>>("sector").Description("The field it works in.").Resolve(c => c.Source.Sector).Reads(nameof(Branch.Sector));
        Field<NonNullGraphType<LocalDateGraphType>>("foundedOn").Description("When the branch was founded.").Resolve(c => c.Source.FoundedOn).Reads(nameof(Branch.FoundedOn));
        Field<NonNullGraphType<BranchRatingGraphType>>("rating").Description("Its current rating.").Resolve(c => c.Source.Rating).Reads(nameof(Branch.Rating));
        Field(b => b.RatedYear).Description("The year the current rating was given.").Reads(nameof(Branch.RatedYear));
        StatsFields.AddTo(this);
        Field<NonNullGraphType<VillageGraphType>>("village").Description("The village-level division it is located in.")
            .ResolveAsync(async c => (await DivisionFields.Directory(c).GetAsync(c.CancellationToken)).Get<Village>(c.Source.VillageCode))
            .Reads(nameof(Branch.VillageCode));
        Field<MemberGraphType>("secretary").Requires(Role.Partner).Description("The branch secretary (书记), always one of its members.")
            .Resolve(c => c.Source.SecretaryId is { } id ? RowLoaders.One<Member, long>(c, m => m.Id, id) : null)
            .Reads(nameof(Branch.SecretaryId));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<RectificationGraphType>>>>("rectifications")
            .Description("Every listing as weak and lax and its rectification, oldest first.")
            .Resolve(c => RowLoaders.Many<Rectification, long, int>(c, r => r.BranchId, c.Source.Id, r => r.ListedYear))
            .Reads(nameof(Branch.Id));
        ConnectionFields.Child(this, "members", "The branch's members.", MemberRows.Spec, MembersOf, nullable: true)
            .Requires(Role.Partner).Reads(nameof(Branch.Id));
        ConnectionFields.Child(this, "meetings", "The branch's meetings of the past year, newest first unless ordered otherwise.", BranchRows.MeetingSpec, MeetingsOf)
            .Reads(nameof(Branch.Id));
        ConnectionFields.Child(this, "suggestions", "The suggestions the branch collected.", SuggestionRows.Spec, SuggestionsOf, nullable: true)
            .Requires(Role.Partner).Reads(nameof(Branch.Id));
        ConnectionFields.Child(this, "practicalMatterLists", "The branch's practical-matter lists (办实事清单), its members' personal lists included.",
            PracticalMatterRows.ListSpec, ListsOf)
            .Reads(nameof(Branch.Id));
        ConnectionFields.Child(this, "claimedServiceProjects", "The volunteer service projects the branch's members claimed (counted with the branch they were in when claiming).",
            ServiceProjectRows.Spec, ClaimsOf)
            .Reads(nameof(Branch.Id));
    }
}
