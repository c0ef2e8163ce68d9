using GraphQL.Types;
using PartyOrg.Api.Security;
using PartyOrg.Domain.Security;
using PartyOrg.Domain.Statistics;

namespace PartyOrg.Api.Schema.Statistics;

public sealed class BranchStatisticsGraphType : ObjectGraphType<BranchRollup>
{
    public BranchStatisticsGraphType()
    {
        Name = "BranchStatistics";
        Description = "Statistics of one branch's members, kept current by every change; shares are percentages with one decimal.";
        this.Requires(Role.Anonymous);
        MemberStatisticsFields.Add(this);
        ServiceStatisticsFields.Add(this, "by the branch, and matters of its own and its members' lists", c => ResponseTimes.OfBranch(c, c.Source.BranchId));
    }
}
