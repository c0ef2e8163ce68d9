using GraphQL.Types;
using PartyOrg.Domain.Changes;

namespace PartyOrg.Api.Schema.Changes;

public sealed class ChangeKindGraphType : EnumerationGraphType<ChangeKind>
{
    public ChangeKindGraphType()
    {
        Name = "ChangeKind";
        Description = "What a committed change did; every change-log event has one.";
        Values["MEMBER_ADMITTED"]!.Description = "A probationary member was admitted to a branch.";
        Values["MEMBER_CONFIRMED"]!.Description = "A probationary member became a full member.";
        Values["MEMBER_TRANSFERRED"]!.Description = "A member moved to another branch; the event belongs to both villages' subtrees.";
        Values["MEMBER_EXITED"]!.Description = "A member left the rolls.";
        Values["MEMBER_UPDATED"]!.Description = "A member's record was corrected.";
        Values["BRANCH_CREATED"]!.Description = "A branch was founded.";
        Values["SECRETARY_APPOINTED"]!.Description = "A branch got a new secretary (书记).";
        Values["BRANCH_RATED"]!.Description = "A branch was rated for a year (strongest or standard).";
        Values["BRANCH_LISTED_WEAK"]!.Description = "A branch was listed as weak and lax (软弱涣散) and its rectification began.";
        Values["RECTIFICATION_COMPLETED"]!.Description = "A weak branch's rectification (整顿) was completed.";
        Values["MEETING_RECORDED"]!.Description = "A branch meeting was recorded (三会一课 or a themed Party day).";
        Values["FIRST_SECRETARY_ASSIGNED"]!.Description = "A first secretary (第一书记) was sent to a village.";
        Values["FIRST_SECRETARY_ASSIGNMENT_ENDED"]!.Description = "A first secretary's assignment to a village ended.";
        Values["WORK_TEAM_ASSIGNED"]!.Description = "A village work team (驻村工作队) was stationed in a village.";
        Values["SERVICE_CENTER_UPDATED"]!.Description = "A village's Party–public service centre facts changed.";
        Values["GRIDS_UPDATED"]!.Description = "A village's grids (网格) or grid workers changed.";
        Values["COMMITTEE_ELECTED"]!.Description = "A village's two committees (两委) were elected.";
    }
}
