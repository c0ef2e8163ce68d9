using GraphQL.Types;
using PartyOrg.Api.Security;
using PartyOrg.Domain.Changes;
using PartyOrg.Domain.Security;

namespace PartyOrg.Api.Schema.Changes;

/// <summary>Hot Chocolate's mutation-convention <c>Error</c> interface.</summary>
public sealed class ErrorInterfaceGraphType : InterfaceGraphType
{
    public ErrorInterfaceGraphType()
    {
        Name = "Error";
        Description = "Why a mutation was refused; nothing of it was written.";
        this.Requires(Role.Anonymous);
        Field<NonNullGraphType<StringGraphType>>("message").Description("What went wrong, for people.");
    }
}

/// <summary>The error values a payload carries, one CLR type per error type so the unions resolve by type.</summary>
public abstract record MutationError(string Message, string? Field)
{
    public static MutationError From(ChangeError error) => error.Code switch
    {
        ChangeErrorCode.NotFound => new NotFoundError(error.Message, error.Field),
        ChangeErrorCode.Conflict => new ConcurrencyConflictError(error.Message, error.Field),
        ChangeErrorCode.LimitExceeded => new LimitExceededError(error.Message, error.Field),
        _ => new InvalidInputError(error.Message, error.Field),
    };
}

public sealed record InvalidInputError(string Message, string? Field) : MutationError(Message, Field);

public sealed record NotFoundError(string Message, string? Field) : MutationError(Message, Field);

public sealed record ConcurrencyConflictError(string Message, string? Field) : MutationError(Message, Field);

public sealed record LimitExceededError(string Message, string? Field) : MutationError(Message, Field);

public abstract class MutationErrorGraphType<T> : ObjectGraphType<T>
    where T : MutationError
{
    protected MutationErrorGraphType(string name, string code, string description)
    {
        Name = name;
        Description = description;
        this.Requires(Role.Anonymous);
        Interface<ErrorInterfaceGraphType>();
        Field(e => e.Message).Description("What went wrong, for people.");
        Field<NonNullGraphType<StringGraphType>>("code").Description($"Always {code}, for programs.").Resolve(_ => code);
        Field(e => e.Field, nullable: true).Description("The input field at fault, when one is.");
    }
}

public sealed class InvalidInputErrorGraphType() : MutationErrorGraphType<InvalidInputError>(
    "InvalidInputError", "INVALID_INPUT", "The input breaks a rule of the domain, e.g. a date in the future or a transfer to the member's own branch.");

public sealed class NotFoundErrorGraphType() : MutationErrorGraphType<NotFoundError>(
    "NotFoundError", "NOT_FOUND", "A node the input names does not exist (or is outside what the caller may see).");

public sealed class ConcurrencyConflictErrorGraphType() : MutationErrorGraphType<ConcurrencyConflictError>(
    "ConcurrencyConflictError", "CONCURRENCY_CONFLICT", "The row changed since it was read: the version sent is stale. Read it again and retry.");

public sealed class LimitExceededErrorGraphType() : MutationErrorGraphType<LimitExceededError>(
    "LimitExceededError", "LIMIT_EXCEEDED", "A limit of the public intake was reached: the client address's rate or the division's daily cap. Nothing was written; try later.");
