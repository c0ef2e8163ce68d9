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
        Values["SUGGESTION_SUBMITTED"]!.Description = "A suggestion (意见建议) was received; the event belongs to the division it concerns.";
        Values["SUGGESTION_ANSWERED"]!.Description = "A suggestion was answered.";
        Values["SUGGESTION_DECLINED"]!.Description = "A suggestion was declined.";
        Values["SUGGESTION_ADOPTED"]!.Description = "A suggestion was adopted into a practical-matter list (a PRACTICAL_MATTER_CREATED event comes with it).";
        Values["PRACTICAL_MATTER_LIST_CREATED"]!.Description = "A practical-matter list (办实事清单) was made.";
        Values["PRACTICAL_MATTER_CREATED"]!.Description = "An item was added to a practical-matter list.";
        Values["PRACTICAL_MATTER_COMPLETED"]!.Description = "A practical matter was completed (办结).";
        Values["SERVICE_PROJECT_OFFERED"]!.Description = "A community offered a volunteer service project.";
        Values["SERVICE_PROJECT_CLAIMED"]!.Description = "An in-service member claimed a volunteer service project (认领).";
    }
}
