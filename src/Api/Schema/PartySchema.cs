using GraphQL;
using GraphQL.Types;
using PartyOrg.Api.Security;
using PartyOrg.Domain.Security;

namespace PartyOrg.Api.Schema;

public sealed class PartySchema : GraphQL.Types.Schema
{
    public PartySchema(IServiceProvider services, QueryGraphType query, MutationGraphType mutation)
        : base(services)
    {
        Description = "Inner Mongolia's Party-organisation hierarchy: region, leagues, banners, townships, villages, branches and members.";
        Query = query;
        Mutation = mutation;
        Subscription = services.GetRequiredService<SubscriptionGraphType>();
        this.RegisterVisitor(new AccessVisitor());
    }
}

/// <summary>The schema printed as SDL, the same way for schema.graphql, <c>GET /graphql?sdl</c> and the contract test.</summary>
public static class SchemaText
{
    public static string Print(ISchema schema) =>
        schema.Print().ReplaceLineEndings("\n").TrimEnd() + "\n";
}
