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
    public static FieldType Add<TInputType, TInput, TResultType, TResult>(
        ObjectGraphType mutation, string name, string description, string resultField, string resultDescription,
        Func<TInput, Subtree, CancellationToken, Task<ChangeOutcome<TResult>>> run)
        where TInputType : InputObjectGraphType<TInput>
        where TResultType : IGraphType =>
        AddForCaller<TInputType, TInput, TResultType, TResult>(mutation, name, description, resultField, resultDescription, (input, caller, ct) => run(input, caller.Scope, ct));

    /// <summary>As <see cref="Add{TInputType, TInput, TResultType, TResult}"/>, for a mutation that depends on who calls, not only where they may write.</summary>
    /// <param name="limited">Whether the mutation may be refused with a LimitExceededError (the public intake).</param>
    public static FieldType AddForCaller<TInputType, TInput, TResultType, TResult>(
        ObjectGraphType mutation, string name, string description, string resultField, string resultDescription,
        Func<TInput, Caller, CancellationToken, Task<ChangeOutcome<TResult>>> run, bool limited = false)
        where TInputType : InputObjectGraphType<TInput>
        where TResultType : IGraphType
    {
        var typeName = char.ToUpperInvariant(name[0]) + name[1..];
        var errors = new UnionGraphType { Name = $"{typeName}Error", Description = $"Why {name} may be refused." };
        errors.Type<InvalidInputErrorGraphType>();
        errors.Type<NotFoundErrorGraphType>();
        errors.Type<ConcurrencyConflictErrorGraphType>();
        if (limited)
        {
            errors.Type<LimitExceededErrorGraphType>();
        }

        var payload = new ObjectGraphType { Name = $"{typeName}Payload", Description = $"The answer to {name}." };
        payload.Requires(Role.Anonymous);
        payload.Field<TResultType>(resultField).Description(resultDescription + " Null when the mutation was refused.")
            .Resolve(c => ((MutationPayload)c.Source!).Result);
        payload.Field("errors", new ListGraphType(new NonNullGraphType(errors)))
            .Description("Why the mutation was refused; null when it succeeded.")
            .Resolve(c => ((MutationPayload)c.Source!).Errors);

        return mutation.Field(name, new NonNullGraphType(payload)).Description(description)
            .Argument<NonNullGraphType<TInputType>>("input", $"The {name} input.")
            .ResolveAsync(async c =>
            {
                var outcome = await run(c.GetArgument<TInput>("input"), Caller.From(c), c.CancellationToken);
                return outcome.Succeeded
                    ? new MutationPayload(outcome.Value, null)
                    : new MutationPayload(null, [.. outcome.Errors.Select(MutationError.From)]);
            }).FieldType;
    }
}
