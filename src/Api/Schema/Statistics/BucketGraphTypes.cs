using GraphQL.Types;
using PartyOrg.Api.Security;
using PartyOrg.Domain.Security;

namespace PartyOrg.Api.Schema.Statistics;

public sealed class BucketGraphType : ObjectGraphType<Bucket>
{
    public BucketGraphType()
    {
        Name = "StatisticsBucket";
        Description = "One bucket of a breakdown, e.g. one bar of a chart.";
        this.Requires(Role.Anonymous);
        Field(b => b.Key).Description("A stable key for the bucket, e.g. FEMALE or 61_OR_OVER.");
        Field(b => b.Label).Description("An English label for display.");
        Field<NonNullGraphType<IntGraphType>>("count").Description("How many fall in the bucket.").Resolve(c => (int)c.Source.Count);
        Field(b => b.Share).Description("The bucket's share of the total, in percent with one decimal.");
    }
}

public sealed class MemberDimensionGraphType : EnumerationGraphType<MemberDimension>
{
    public MemberDimensionGraphType()
    {
        Name = "MemberDimension";
        Description = "What to break members down by.";
        Values["GENDER"]!.Description = "Male and female.";
        Values["ETHNICITY"]!.Description = "Ethnic group.";
        Values["AGE_BAND"]!.Description = "Age bands of the national statistics, as of the statistics' asOf date.";
        Values["EDUCATION"]!.Description = "Highest education.";
        Values["OCCUPATION"]!.Description = "Occupation group.";
        Values["STATUS"]!.Description = "Full or probationary.";
        Values["JOIN_PERIOD"]!.Description = "When they joined: before 1949, 1949–1978, 1978–2012, since 2012.";
    }
}

public sealed class BranchDimensionGraphType : EnumerationGraphType<BranchDimension>
{
    public BranchDimensionGraphType()
    {
        Name = "BranchDimension";
        Description = "What to break branches down by.";
        Values["SECTOR"]!.Description = "The field the branch works in.";
        Values["RATING"]!.Description = "The branch's current rating.";
    }
}
