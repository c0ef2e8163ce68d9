using GraphQL.Validation;
using GraphQLParser.AST;

namespace PartyOrg.Api.Transport.Http;

/// <summary>Refuses mutations in GET requests during validation, so they are never executed (answered with 405).</summary>
public sealed class MutationOverGetRule : ValidationRuleBase
{
    public static MutationOverGetRule Instance { get; } = new();

    public static IEnumerable<IValidationRule> WithCoreRules { get; } = [.. DocumentValidator.CoreRules, Instance];

    public override ValueTask<INodeVisitor?> GetPreNodeVisitorAsync(ValidationContext context)
    {
        if (context.Operation.Operation == OperationType.Mutation)
        {
            context.ReportError(new MutationOverGetError(context));
        }

        return default;
    }
}

/// <summary>A mutation sent with GET.</summary>
public sealed class MutationOverGetError : ValidationError
{
    public const string ErrorCode = "MUTATION_OVER_GET";

    public MutationOverGetError(ValidationContext context)
        : base(context.Document.Source, null, "Mutations cannot be sent with GET; use POST.", context.Operation)
    {
        Code = ErrorCode;
    }
}
