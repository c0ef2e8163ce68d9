using GraphQL.Types;
using PartyOrg.Api.Querying;
using PartyOrg.Api.Querying.Loading;
using PartyOrg.Api.Schema.Branches;
using PartyOrg.Api.Schema.Common;
using PartyOrg.Api.Schema.PracticalMatters;
using PartyOrg.Api.Security;
using PartyOrg.Domain.Entities;
using PartyOrg.Domain.Security;

namespace PartyOrg.Api.Schema.Suggestions;

public sealed class SuggestionGraphType : ObjectGraphType<Suggestion>
{
    public SuggestionGraphType()
    {
        Name = "Suggestion";
        Description = "A suggestion from the public (意见建议) about a division, and what became of it. Dashboards read the counts in `stats`.";
        this.Requires(Role.Partner);
        Interface<NodeInterfaceGraphType>();
        Field<NonNullGraphType<IdGraphType>>("id").Description("A globally unique, opaque identifier.").Resolve(c => NodeId.Encode(NodeTypes.Suggestion, c.Source.Id));
        Field(s => s.Version).Description("The record's version: send it back with a reply, which is refused if someone replied since.");
        Field(s => s.Text).Description("What was suggested, exactly as given: plain text, never interpreted as markup (escape it when you display it).");
        Field<NonNullGraphType<SuggestionChannelGraphType>>("channel").Description("How it reached the Party.").Resolve(c => c.Source.Channel);
        Field<NonNullGraphType<LocalDateGraphType>>("submittedOn").Description("When it was made.").Resolve(c => c.Source.SubmittedOn);
        Field<NonNullGraphType<SuggestionStatusGraphType>>("status").Description("Where it stands.").Resolve(c => c.Source.Status);
        Field<LocalDateGraphType>("respondedOn").Description("When it was adopted, answered or declined; null while received.").Resolve(c => c.Source.RespondedOn);
        Field(s => s.Response, nullable: true).Description("The reply given; null while received.");
        Field(s => s.Contact, nullable: true).Description("How to reach the person who made it, if they left a way.").Personal();
        Field<DivisionInterfaceGraphType>("division").Description("The division it concerns; null outside the caller's scope.")
            .ResolveAsync(async c => (await DivisionFields.Directory(c).GetAsync(c.CancellationToken)).Find(c.Source.DivisionCode));
        Field<BranchGraphType>("collectedBy").Description("The organisation that collected it; null when the division's own committee did.")
            .Resolve(c => c.Source.CollectedByBranchId is { } id ? RowLoaders.One<Branch, long>(c, b => b.Id, id) : null);
        Field<PracticalMatterGraphType>("practicalMatter").Description("The list item it was adopted as; null unless ADOPTED.")
            .Resolve(c => c.Source.Status == SuggestionStatus.Adopted ? RowLoaders.One<PracticalMatter, long>(c, m => m.SourceSuggestionId ?? 0, c.Source.Id) : null);
    }
}
