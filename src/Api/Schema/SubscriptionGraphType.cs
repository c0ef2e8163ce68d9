using GraphQL.Types;
using PartyOrg.Api.Security;
using PartyOrg.Domain.Security;

namespace PartyOrg.Api.Schema;

/// <summary>Each feature folder contributes its event streams.</summary>
public sealed class SubscriptionGraphType : ObjectGraphType
{
    public SubscriptionGraphType(IEnumerable<ISubscriptionFields> contributions)
    {
        Name = "Subscription";
        Description = "Event streams over WebSocket (graphql-transport-ws), Server-Sent Events (graphql-sse) or multipart HTTP, and the queries of webhooks, read from the change log: resumable, in commit order, without gaps or duplicates.";
        this.Requires(Role.Partner);
        foreach (var contribution in contributions)
        {
            contribution.AddTo(this);
        }
    }
}

/// <summary>A feature's subscription fields on <c>Subscription</c>.</summary>
public interface ISubscriptionFields
{
    void AddTo(ObjectGraphType subscription);
}
