using System.Linq.Expressions;
using GraphQL;
using GraphQL.Types;
using PartyOrg.Api.Querying.Loading;
using PartyOrg.Api.Security;
using PartyOrg.Domain.Security;
using PartyOrg.Domain.Statistics;

namespace PartyOrg.Api.Schema.Statistics;

/// <summary>Read from the division's rollup row.</summary>
public sealed class StatisticsGraphType : ObjectGraphType<DivisionRollup>
{
    public StatisticsGraphType()
    {
        Name = "Statistics";
        Description = "Live statistics of a division and everything below it (党建实时动态统计). Counts are kept current by every change; shares are percentages with one decimal, computed from the counts.";
        this.Requires(Role.Anonymous);
        MemberStatisticsFields.Add(this);
        Field<NonNullGraphType<IntGraphType>>("membersRegisteredHereCount")
            .Description("Members registered with the communities of this subtree; for a community, with it.").Reads(nameof(DivisionRollup.RegisteredHere))
            .Resolve(c => c.Source.RegisteredHere);
        Count("branch", "Branches (党支部).", r => r.Branches);
        Count("strongestBranch", "Branches rated strongest (最强党支部).", r => r.StrongestBranches);
        Field<NonNullGraphType<FloatGraphType>>("strongestBranchShare").Description("Strongest branches as a percentage of all branches.")
            .Reads(nameof(DivisionRollup.StrongestBranches), nameof(DivisionRollup.Branches)).Resolve(c => Share.Of(c.Source.StrongestBranches, c.Source.Branches));
        Count("weakBranch", "Branches rated weak and lax (软弱涣散), under rectification now.", r => r.WeakBranches);
        Field<NonNullGraphType<FloatGraphType>>("weakBranchShare").Description("Weak branches as a percentage of all branches.")
            .Reads(nameof(DivisionRollup.WeakBranches), nameof(DivisionRollup.Branches)).Resolve(c => Share.Of(c.Source.WeakBranches, c.Source.Branches));
        Field<NonNullGraphType<IntGraphType>>("weakBranchesRectified")
            .Description("Rectifications completed of branches listed as weak in or after the given year (e.g. 2018: 整顿 since 2018).")
            .Argument<NonNullGraphType<IntGraphType>>("since", "The first listing year counted.")
            .Reads()
            .Resolve(c => RectifiedSince.Load(c, c.Source.Code, c.GetArgument<int>("since")));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<BucketGraphType>>>>("branchesBy")
            .Description("Branches broken down by a dimension; the buckets' counts sum to branchCount.")
            .Argument<NonNullGraphType<BranchDimensionGraphType>>("dimension", "What to break branches down by.")
            .Resolve(c => Breakdowns.Of(c.Source, c.GetArgument<BranchDimension>("dimension")));
        VillageStatisticsFields.Add(this);
        ServiceStatisticsFields.Add(this, "about the subtree's divisions, and matters of its branches' lists", c => ResponseTimes.OfDivision(c, c.Source.Code));
        Count("serviceProject", "Volunteer service projects the subtree's communities offer, claimed or not.", r => r.ServiceProjects);
    }

    private void Count(string name, string description, Expression<Func<DivisionRollup, int>> count)
    =>
        Field<NonNullGraphType<IntGraphType>>($"{name}Count").Description(description).ResolveCount(count);
}
