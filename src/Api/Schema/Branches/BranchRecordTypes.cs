using GraphQL.Types;
using PartyOrg.Api.Querying;
using PartyOrg.Api.Schema.Common;
using PartyOrg.Api.Security;
using PartyOrg.Domain.Entities;
using PartyOrg.Domain.Security;

namespace PartyOrg.Api.Schema.Branches;

public sealed class RectificationGraphType : ObjectGraphType<Rectification>
{
    public RectificationGraphType()
    {
        Name = "Rectification";
        Description = "One listing of a branch as weak and lax (软弱涣散) and its rectification (整顿).";
        this.Requires(Role.Dashboard);
        Field(r => r.ListedYear).Description("The year the branch was listed.");
        Field(r => r.RectifiedYear, nullable: true).Description("The year rectification was completed; null while under way.");
    }
}

public sealed class MeetingGraphType : ObjectGraphType<Meeting>
{
    public MeetingGraphType()
    {
        Name = "Meeting";
        Description = "A branch meeting: one of \"three meetings and one lesson\" or a themed Party day.";
        this.Requires(Role.Dashboard);
        Field<NonNullGraphType<MeetingKindGraphType>>("kind").Description("The kind of meeting.").Resolve(c => c.Source.Kind);
        Field<NonNullGraphType<LocalDateGraphType>>("heldOn").Description("When it was held.").Resolve(c => c.Source.HeldOn);
        Field(m => m.Attendance).Description("Members present.");
    }
}
