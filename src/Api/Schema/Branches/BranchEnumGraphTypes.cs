using GraphQL.Types;
using PartyOrg.Domain.Entities;

namespace PartyOrg.Api.Schema.Branches;

public sealed class BranchSectorGraphType : EnumerationGraphType<BranchSector>
{
    public BranchSectorGraphType()
    {
        Name = "BranchSector";
        Description = "The field a branch works in (领域).";
        Values["RURAL"]!.Description = "Rural and pastoral villages (农村牧区).";
        Values["COMMUNITY"]!.Description = "Urban communities (城市社区).";
        Values["GOVERNMENT"]!.Description = "Party and government organs (机关).";
        Values["PUBLIC_INSTITUTION"]!.Description = "Public institutions: schools, hospitals and the like (事业单位).";
        Values["STATE_ENTERPRISE"]!.Description = "State-owned enterprises (国企).";
        Values["UNIVERSITY"]!.Description = "Universities and colleges (高校).";
        Values["NON_PUBLIC_ENTERPRISE"]!.Description = "Non-public enterprises (非公企业), one of the \"two new\" kinds of organisation.";
        Values["SOCIAL_ORGANIZATION"]!.Description = "Social organisations (社会组织), the other \"two new\" kind.";
    }
}

public sealed class BranchRatingGraphType : EnumerationGraphType<BranchRating>
{
    public BranchRatingGraphType()
    {
        Name = "BranchRating";
        Description = "A branch's rating in the \"strongest branch\" campaign.";
        Values["STRONGEST"]!.Description = "Rated a strongest branch (最强党支部).";
        Values["STANDARD"]!.Description = "Meets the standard.";
        Values["WEAK"]!.Description = "Weak and lax (软弱涣散), listed for rectification.";
    }
}

public sealed class MeetingKindGraphType : EnumerationGraphType<MeetingKind>
{
    public MeetingKindGraphType()
    {
        Name = "MeetingKind";
        Description = "\"Three meetings and one lesson\" (三会一课) and themed Party days.";
        Values["MEMBERS_MEETING"]!.Description = "A meeting of all the branch's members (支部党员大会).";
        Values["COMMITTEE_MEETING"]!.Description = "A meeting of the branch committee (支部委员会).";
        Values["GROUP_MEETING"]!.Description = "A Party group meeting (党小组会).";
        Values["PARTY_LECTURE"]!.Description = "A Party lecture (党课).";
        Values["THEMED_PARTY_DAY"]!.Description = "A themed Party day (主题党日).";
    }
}
