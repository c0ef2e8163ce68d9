using GraphQL.Types;
using PartyOrg.Api.Querying;
using PartyOrg.Api.Querying.Loading;
using PartyOrg.Api.Schema.Branches;
using PartyOrg.Api.Schema.Common;
using PartyOrg.Api.Schema.Members;
using PartyOrg.Api.Schema.Statistics;
using PartyOrg.Api.Schema.Suggestions;
using PartyOrg.Api.Security;
using PartyOrg.Domain.Entities;
using PartyOrg.Domain.Security;

namespace PartyOrg.Api.Schema.PracticalMatters;

public sealed class PracticalMatterListGraphType : ObjectGraphType<PracticalMatterList>
{
    private static readonly ChildConnections<PracticalMatterList, PracticalMatter, long> MattersOf = new(l => l.Id, m => m.ListId);

    public PracticalMatterListGraphType()
    {
        Name = "PracticalMatterList";
        Description = "A practical-matter list (办实事清单) of a Party organisation or of one of its members.";
        this.Requires(Role.Dashboard);
        Interface<NodeInterfaceGraphType>();
        Field<NonNullGraphType<IdGraphType>>("id").Description("A globally unique, opaque identifier.").Resolve(c => NodeId.Encode(NodeTypes.PracticalMatterList, c.Source.Id));
        Field(l => l.Version).Description("The record's version; it moves with every item added or completed.");
        Field(l => l.Title).Description("The list's title.");
        Field(l => l.Year).Description("The year it is for.");
        Field(l => l.IsPublished).Description("Published to the public (向社会公开).");
        Field(l => l.ItemCount).Description("Items on the list: the plan.");
        Field(l => l.CompletedCount).Description("Items completed.");
        Field<NonNullGraphType<FloatGraphType>>("completedShare").Description("Items completed as a percentage of the plan, one decimal; 0 for an empty list.")
            .Resolve(c => Share.Of(c.Source.CompletedCount, c.Source.ItemCount));
        Field<NonNullGraphType<BranchGraphType>>("branch").Description("The organisation whose list it is, or the owner's branch when it was made.")
            .Resolve(c => RowLoaders.One<Branch, long>(c, b => b.Id, c.Source.BranchId));
        Field<MemberGraphType>("member").Requires(Role.Partner).Description("The member whose personal list it is; null for an organisation's list.")
            .Resolve(c => c.Source.MemberId is { } id ? RowLoaders.One<Member, long>(c, m => m.Id, id) : null);
        ConnectionFields.Child(this, "matters", "The list's items, by planned date unless ordered otherwise.", PracticalMatterRows.Spec, MattersOf);
    }
}

public sealed class PracticalMatterGraphType : ObjectGraphType<PracticalMatter>
{
    public PracticalMatterGraphType()
    {
        Name = "PracticalMatter";
        Description = "One practical matter (实事) on a list: planned, then completed.";
        this.Requires(Role.Dashboard);
        Interface<NodeInterfaceGraphType>();
        Field<NonNullGraphType<IdGraphType>>("id").Description("A globally unique, opaque identifier.").Resolve(c => NodeId.Encode(NodeTypes.PracticalMatter, c.Source.Id));
        Field(m => m.Version).Description("The record's version: send it back when completing the item.");
        Field(m => m.Title).Description("What is to be done, as plain text.");
        Field<NonNullGraphType<ServiceCategoryGraphType>>("category").Description("What it is about.").Resolve(c => c.Source.Category);
        Field<NonNullGraphType<PracticalMatterStatusGraphType>>("status").Description("Planned or completed.").Resolve(c => c.Source.Status);
        Field<NonNullGraphType<LocalDateGraphType>>("plannedOn").Description("When it is to be done.").Resolve(c => c.Source.PlannedOn);
        Field<LocalDateGraphType>("completedOn").Description("When it was done; null while planned.").Resolve(c => c.Source.CompletedOn);
        Field<NonNullGraphType<PracticalMatterListGraphType>>("list").Description("The list it is on.")
            .Resolve(c => RowLoaders.One<PracticalMatterList, long>(c, l => l.Id, c.Source.ListId));
        Field<SuggestionGraphType>("sourceSuggestion").Requires(Role.Partner).Description("The suggestion it was adopted from; null if none.")
            .Resolve(c => c.Source.SourceSuggestionId is { } id ? RowLoaders.One<Suggestion, long>(c, s => s.Id, id) : null);
    }
}
