using GraphQL.Types;
using PartyOrg.Api.Changes.Details;
using PartyOrg.Api.Querying.Loading;
using PartyOrg.Api.Schema.PracticalMatters;
using PartyOrg.Api.Schema.ServiceProjects;
using PartyOrg.Api.Schema.Suggestions;
using PartyOrg.Api.Security;
using PartyOrg.Domain.Entities;
using PartyOrg.Domain.Security;

namespace PartyOrg.Api.Schema.Changes;

/// <summary>Links from the public-service details to the records they name, as they are now.</summary>
public static class PublicServiceDetailFields
{
    public static void Suggestion<T>(ObjectGraphType<T> type, Func<T, long?> id) =>
        type.Field<SuggestionGraphType>("suggestion").Description("The suggestion.")
            .Resolve(c => id(c.Source) is { } key ? RowLoaders.One<Suggestion, long>(c, s => s.Id, key) : null);

    public static void Matter<T>(ObjectGraphType<T> type, Func<T, long?> id) =>
        type.Field<PracticalMatterGraphType>("practicalMatter").Description("The list item.")
            .Resolve(c => id(c.Source) is { } key ? RowLoaders.One<PracticalMatter, long>(c, m => m.Id, key) : null);

    public static void List<T>(ObjectGraphType<T> type, Func<T, long?> id) =>
        type.Field<PracticalMatterListGraphType>("list").Description("The list.")
            .Resolve(c => id(c.Source) is { } key ? RowLoaders.One<PracticalMatterList, long>(c, l => l.Id, key) : null);

    public static void Project<T>(ObjectGraphType<T> type, Func<T, long?> id) =>
        type.Field<ServiceProjectGraphType>("serviceProject").Description("The project.")
            .Resolve(c => id(c.Source) is { } key ? RowLoaders.One<ServiceProject, long>(c, p => p.Id, key) : null);
}

public sealed class SuggestionSubmittedGraphType : ObjectGraphType<SuggestionSubmitted>
{
    public SuggestionSubmittedGraphType()
    {
        Name = "SuggestionSubmitted";
        Description = "Details of SUGGESTION_SUBMITTED: a suggestion was received.";
        this.Requires(Role.Partner);
        PublicServiceDetailFields.Suggestion(this, d => d.SuggestionId);
        Field(d => d.DivisionCode, nullable: true).Description("The code of the division it concerns.");
        Field<SuggestionChannelGraphType>("channel").Description("How it came in.").Resolve(c => c.Source.Channel);
        ChangeDetailFields.Date(this, "submittedOn", "When it was made.", d => d.SubmittedOn);
        ChangeDetailFields.Branch(this, "collectedBy", "The organisation that collected it; null if none.", d => d.BranchId);
    }
}

public sealed class SuggestionAnsweredGraphType : ObjectGraphType<SuggestionAnswered>
{
    public SuggestionAnsweredGraphType()
    {
        Name = "SuggestionAnswered";
        Description = "Details of SUGGESTION_ANSWERED: a suggestion was answered.";
        this.Requires(Role.Partner);
        PublicServiceDetailFields.Suggestion(this, d => d.SuggestionId);
        ChangeDetailFields.Date(this, "respondedOn", "When.", d => d.RespondedOn);
    }
}

public sealed class SuggestionDeclinedGraphType : ObjectGraphType<SuggestionDeclined>
{
    public SuggestionDeclinedGraphType()
    {
        Name = "SuggestionDeclined";
        Description = "Details of SUGGESTION_DECLINED: a suggestion was declined.";
        this.Requires(Role.Partner);
        PublicServiceDetailFields.Suggestion(this, d => d.SuggestionId);
        ChangeDetailFields.Date(this, "respondedOn", "When.", d => d.RespondedOn);
    }
}

public sealed class SuggestionAdoptedGraphType : ObjectGraphType<SuggestionAdopted>
{
    public SuggestionAdoptedGraphType()
    {
        Name = "SuggestionAdopted";
        Description = "Details of SUGGESTION_ADOPTED: a suggestion became a practical-matter list item.";
        this.Requires(Role.Partner);
        PublicServiceDetailFields.Suggestion(this, d => d.SuggestionId);
        ChangeDetailFields.Date(this, "respondedOn", "When.", d => d.RespondedOn);
        PublicServiceDetailFields.Matter(this, d => d.MatterId);
    }
}

public sealed class PracticalMatterListCreatedGraphType : ObjectGraphType<PracticalMatterListCreated>
{
    public PracticalMatterListCreatedGraphType()
    {
        Name = "PracticalMatterListCreated";
        Description = "Details of PRACTICAL_MATTER_LIST_CREATED: a practical-matter list was made.";
        this.Requires(Role.Partner);
        PublicServiceDetailFields.List(this, d => d.ListId);
        ChangeDetailFields.Branch(this, "branch", "The branch whose list it is (or its member's).", d => d.BranchId);
        ChangeDetailFields.Member(this, "member", "The member whose personal list it is; null for an organisation's.", d => d.MemberId);
        Field(d => d.Title, nullable: true).Description("Its title when made.");
        Field(d => d.Year, nullable: true).Description("The year it is for.");
        Field(d => d.IsPublished, nullable: true).Description("Published to the public.");
    }
}

public sealed class PracticalMatterCreatedGraphType : ObjectGraphType<PracticalMatterCreated>
{
    public PracticalMatterCreatedGraphType()
    {
        Name = "PracticalMatterCreated";
        Description = "Details of PRACTICAL_MATTER_CREATED: an item was added to a list.";
        this.Requires(Role.Partner);
        PublicServiceDetailFields.Matter(this, d => d.MatterId);
        PublicServiceDetailFields.List(this, d => d.ListId);
        Field(d => d.Title, nullable: true).Description("Its title.");
        Field<ServiceCategoryGraphType>("category").Description("What it is about.").Resolve(c => c.Source.Category);
        ChangeDetailFields.Date(this, "plannedOn", "When it is to be done.", d => d.PlannedOn);
    }
}

public sealed class PracticalMatterCompletedGraphType : ObjectGraphType<PracticalMatterCompleted>
{
    public PracticalMatterCompletedGraphType()
    {
        Name = "PracticalMatterCompleted";
        Description = "Details of PRACTICAL_MATTER_COMPLETED: an item was completed.";
        this.Requires(Role.Partner);
        PublicServiceDetailFields.Matter(this, d => d.MatterId);
        PublicServiceDetailFields.List(this, d => d.ListId);
        ChangeDetailFields.Date(this, "completedOn", "When it was done.", d => d.CompletedOn);
    }
}

public sealed class ServiceProjectOfferedGraphType : ObjectGraphType<ServiceProjectOffered>
{
    public ServiceProjectOfferedGraphType()
    {
        Name = "ServiceProjectOffered";
        Description = "Details of SERVICE_PROJECT_OFFERED: a community offered a volunteer service project.";
        this.Requires(Role.Partner);
        PublicServiceDetailFields.Project(this, d => d.ProjectId);
        Field(d => d.Title, nullable: true).Description("Its title.");
        Field<ServiceCategoryGraphType>("category").Description("What it is about.").Resolve(c => c.Source.Category);
        ChangeDetailFields.Date(this, "postedOn", "When it was offered.", d => d.PostedOn);
    }
}

public sealed class ServiceProjectClaimedGraphType : ObjectGraphType<ServiceProjectClaimed>
{
    public ServiceProjectClaimedGraphType()
    {
        Name = "ServiceProjectClaimed";
        Description = "Details of SERVICE_PROJECT_CLAIMED: an in-service member claimed a volunteer service project.";
        this.Requires(Role.Partner);
        PublicServiceDetailFields.Project(this, d => d.ProjectId);
        ChangeDetailFields.Member(this, "member", "The member who claimed it.", d => d.MemberId);
        ChangeDetailFields.Date(this, "claimedOn", "When.", d => d.ClaimedOn);
    }
}
