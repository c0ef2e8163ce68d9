using GraphQL.Types;
using PartyOrg.Api.Security;
using PartyOrg.Domain.Security;

namespace PartyOrg.Api.Schema.Common;

/// <summary>Relay's <c>Node</c>.</summary>
public sealed class NodeInterfaceGraphType : InterfaceGraphType
{
    public NodeInterfaceGraphType()
    {
        Name = "Node";
        Description = "The node interface is implemented by entities that have a global unique identifier.";
        this.Requires(Role.Anonymous);
        Field<NonNullGraphType<IdGraphType>>("id").Description("A globally unique, opaque identifier; pass it to node(id:) to fetch the object again.");
    }
}
