using GraphQL.Types;
using PartyOrg.Api.Security;
using PartyOrg.Domain.Security;

namespace PartyOrg.Api.Schema;

/// <summary>Each feature folder contributes its mutations.</summary>
public sealed class MutationGraphType : ObjectGraphType
{
    public MutationGraphType(IEnumerable<IMutationFields> contributions)
    {
        Name = "Mutation";
        Description = "Changes to the hierarchy. Each is one transaction: the change, the statistics it moves and its change-log events, or nothing.";
        this.Requires(Role.Organizer);
        foreach (var contribution in contributions)
        {
            contribution.AddTo(this);
        }
    }
}

/// <summary>A feature's mutations on <c>Mutation</c>.</summary>
public interface IMutationFields
{
    void AddTo(ObjectGraphType mutation);
}
