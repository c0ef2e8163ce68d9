using GraphQL.Validation;
using GraphQLParser.AST;
using PartyOrg.Api.Security;
using PartyOrg.Domain.Security;

namespace PartyOrg.Api.Limits;

/// <summary>Refuses <c>__schema</c> and <c>__type</c> (not <c>__typename</c>) when introspection is off, except to admin keys.</summary>
public sealed class IntrospectionRule : ValidationRuleBase
{
    public static IntrospectionRule Instance { get; } = new();

    public override ValueTask<INodeVisitor?> GetPreNodeVisitorAsync(ValidationContext context) =>
        Caller.From(context.UserContext).Role == Role.Admin
            ? default
            : new ValueTask<INodeVisitor?>(new MatchingNodeVisitor<GraphQLField>((field, validation) =>
            {
                if (field.Name.StringValue is "__schema" or "__type")
                {
                    validation.ReportError(LimitErrors.Invalid(validation.Document.Source, field, LimitErrors.IntrospectionCode, "Introspection is not allowed for the current request."));
                }
            }));
}
