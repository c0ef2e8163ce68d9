using System.Globalization;
using GraphQL.Types;
using PartyOrg.Api.Changes.Details;
using PartyOrg.Api.Schema.Common;
using PartyOrg.Api.Schema.Villages;
using PartyOrg.Api.Security;
using PartyOrg.Domain.Changes;
using PartyOrg.Domain.Entities;
using PartyOrg.Domain.Security;

namespace PartyOrg.Api.Schema.Changes;

public sealed class ChangeEventGraphType : ObjectGraphType<ChangeEvent>
{
    public ChangeEventGraphType()
    {
        Name = "ChangeEvent";
        Description = "One committed change, as recorded in the change log. Positions increase strictly in commit order.";
        this.Requires(Role.Partner);
        Field<NonNullGraphType<StringGraphType>>("position")
            .Description("The event's position in the log, as a decimal string: the cursor to resume from (`after`) in `changes` and the subscription.")
            .Resolve(c => c.Source.Position.ToString(CultureInfo.InvariantCulture));
        Field<NonNullGraphType<ChangeKindGraphType>>("kind").Description("What the change did.").Resolve(c => c.Source.Kind);
        Field<NonNullGraphType<DateTimeGraphType>>("committedAt").Description("When the change was committed (UTC).")
            .Resolve(c => c.Source.CommittedAt.UtcDateTime);
        Field<VillageGraphType>("village").Description("The village-level division the change belongs to; its subtree scopes subscriptions. Null outside the caller's scope (a transfer out of it).")
            .ResolveAsync(async c => (await DivisionFields.Directory(c).GetAsync(c.CancellationToken)).Find(c.Source.VillageCode) as Village);
        Field<VillageGraphType>("fromVillage").Description("For a transfer, the village the member left: the event belongs to its subtree too. Null otherwise.")
            .ResolveAsync(async c => c.Source.FromVillageCode is { } code ? (await DivisionFields.Directory(c).GetAsync(c.CancellationToken)).Find(code) as Village : null);
        Field<NonNullGraphType<IdGraphType>>("subjectId").Description("The global ID of the node the change is about, even if that node no longer exists.")
            .Resolve(c => FeedSubjects.Id(c.Source.Subject));
        Field<NodeInterfaceGraphType>("subject").Description("The node the change is about, as it is now (as `node(id: subjectId)` returns it); null if it no longer exists, e.g. a member who left.")
            .Resolve(c => FeedSubjects.Load(c, c.Source.Subject));
        Field<NonNullGraphType<ChangeDetailsGraphType>>("details").Description("What changed, typed by kind.")
            .Resolve(c => ChangeDetailsParser.Parse(c.Source.Kind, c.Source.Details));
    }
}
