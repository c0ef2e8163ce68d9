namespace PartyOrg.Domain.Changes;

/// <summary>Why a change was refused; nothing of it was written.</summary>
public sealed record ChangeError(ChangeErrorCode Code, string Message, string? Field = null);

public enum ChangeErrorCode
{
    /// <summary>The input breaks a rule of the domain.</summary>
    Invalid,

    /// <summary>A node the input names does not exist.</summary>
    NotFound,

    /// <summary>The row changed since the client read it: its version is stale.</summary>
    Conflict,

    /// <summary>A limit on how much may be written was reached (the public intake's daily cap per division).</summary>
    LimitExceeded,
}

/// <summary>The result of a change: the value and the events it committed, or why it was refused.</summary>
public sealed class ChangeOutcome<T>
{
    internal ChangeOutcome(T? value, IReadOnlyList<ChangeError> errors)
    {
        Value = value;
        Errors = errors;
    }

    public T? Value { get; }

    public IReadOnlyList<ChangeError> Errors { get; }

    public IReadOnlyList<ChangeEvent> Events { get; internal set; } = [];

    public bool Succeeded => Errors.Count == 0;
}

public static class ChangeOutcome
{
    public static ChangeOutcome<T> Success<T>(T value) => new(value, []);

    public static ChangeOutcome<T> Failure<T>(params ChangeError[] errors) => new(default, errors);

    public static ChangeOutcome<T> Invalid<T>(string message, string? field = null) => Failure<T>(new ChangeError(ChangeErrorCode.Invalid, message, field));

    public static ChangeOutcome<T> NotFound<T>(string message, string? field = null) => Failure<T>(new ChangeError(ChangeErrorCode.NotFound, message, field));

    public static ChangeOutcome<T> Conflict<T>(string what, int expected, int actual) =>
        Failure<T>(new ChangeError(ChangeErrorCode.Conflict, $"{what} was changed by someone else: you read version {expected}, it is now at version {actual}. Read it again.", "version"));
}
