using GraphQL.Types;
using PartyOrg.Api.Querying;

namespace PartyOrg.Api.Schema.PracticalMatters;

public sealed class CreatePracticalMatterListInputGraphType : InputObjectGraphType<CreatePracticalMatterListInput>
{
    public CreatePracticalMatterListInputGraphType()
    {
        Name = "CreatePracticalMatterListInput";
        Description = "A new practical-matter list (办实事清单) of a branch, or of one of its members.";
        Field("branchId", x => x.BranchId, typeof(NonNullGraphType<IdGraphType>)).Description("The organisation, or the member's own branch.");
        Field("memberId", x => x.MemberId, typeof(IdGraphType)).Description("For a personal list: the member, who belongs to the branch.");
        Field("title", x => x.Title, typeof(NonNullGraphType<StringGraphType>)).Description("Its title, 1 to 128 characters.");
        Field("year", x => x.Year, typeof(NonNullGraphType<IntGraphType>)).Description("The year it is for: last year, this year or next year.");
        Field("isPublished", x => x.IsPublished, typeof(NonNullGraphType<BooleanGraphType>)).Description("Published to the public (向社会公开).");
    }
}

public sealed class CreatePracticalMatterInputGraphType : InputObjectGraphType<CreatePracticalMatterInput>
{
    public CreatePracticalMatterInputGraphType()
    {
        Name = "CreatePracticalMatterInput";
        Description = "A new item on a practical-matter list.";
        Field("listId", x => x.ListId, typeof(NonNullGraphType<IdGraphType>)).Description("The list.");
        Field("title", x => x.Title, typeof(NonNullGraphType<StringGraphType>)).Description("What is to be done, 1 to 128 characters.");
        Field("category", x => x.Category, typeof(NonNullGraphType<ServiceCategoryGraphType>)).Description("What it is about.");
        Field("plannedOn", x => x.PlannedOn, typeof(NonNullGraphType<LocalDateGraphType>)).Description("When it is to be done: from the year before the list's year to two years after.");
    }
}

public sealed class CompletePracticalMatterInputGraphType : InputObjectGraphType<CompletePracticalMatterInput>
{
    public CompletePracticalMatterInputGraphType()
    {
        Name = "CompletePracticalMatterInput";
        Description = "A planned item is done (办结).";
        Field("matterId", x => x.MatterId, typeof(NonNullGraphType<IdGraphType>)).Description("The item, still PLANNED.");
        Field("version", x => x.Version, typeof(NonNullGraphType<IntGraphType>)).Description("The item's version as last read.");
        Field("completedOn", x => x.CompletedOn, typeof(NonNullGraphType<LocalDateGraphType>)).Description("When it was done: not in the future, not before the year before the list's year.");
    }
}
