using GraphQL;
using GraphQL.Types;
using PartyOrg.Api.Security;
using PartyOrg.Domain.Changes;
using PartyOrg.Domain.Security;

namespace PartyOrg.Api.Schema.Changes;

public sealed record MutationPayload(object? Result, IReadOnlyList<MutationError>? Errors);

/// <summary>
/// Builds mutations in Hot Chocolate's conventions: <c>xyz(input: XyzInput!): XyzPayload!</c>, the
/// payload holding the result and <c>errors: [XyzError!]</c>, a union of error types implementing <c>Error</c>.
/// </summary>
public static class MutationFields
{
    /// <summary>
    /// Adds the mutation <paramref name="name"/>: GraphQL binds its input to <typeparamref name="TInput"/> once, and
    /// <paramref name="run"/> gets that record with the caller's subtree, the only place the change may write.
    /// </summary>
    public static void Add<TInputType, TInput, TResultType, TResult>(
        ObjectGraphType mutation, string name, string description, string resultField, string resultDescription,
        Func<TInput, Subtree, CancellationToken, Task<ChangeOutcome<TResult>>> run)
        where TInputType : InputObjectGraphType<TInput>
        where TResultType : IGraphType
    {
        var typeName = char.ToUpperInvariant(name[0]) + name[1..];
        var errors = new UnionGraphType { Name = $"{typeName}Error", Description = $"Why {name} may be refused." };
        errors.Type<InvalidInputErrorGraphType>();
        errors.Type<NotFoundErrorGraphType>();
        errors.Type<ConcurrencyConflictErrorGraphType>();

        var payload = new ObjectGraphType { Name = $"{typeName}Payload", Description = $"The answer to {name}." };
        payload.Requires(Role.Anonymous);
        payload.Field<TResultType>(resultField).Description(resultDescription + " Null when the mutation was refused.")
            .Resolve(c => ((MutationPayload)c.Source!).Result);
        payload.Field("errors", new ListGraphType(new NonNullGraphType(errors)))
            .Description("Why the mutation was refused; null when it succeeded.")
            .Resolve(c => ((MutationPayload)c.Source!).Errors);

        mutation.Field(name, new NonNullGraphType(payload)).Description(description)
            .Argument<NonNullGraphType<TInputType>>("input", $"The {name} input.")
            .ResolveAsync(async c =>
            {
                var outcome = await run(c.GetArgument<TInput>("input"), Caller.From(c).Scope, c.CancellationToken);
                return outcome.Succeeded
                    ? new MutationPayload(outcome.Value, null)
                    : new MutationPayload(null, [.. outcome.Errors.Select(MutationError.From)]);
            });
    }
}
