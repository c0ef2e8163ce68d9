using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore.Query;

namespace PartyOrg.Api.Querying.Loading;

/// <summary>
/// The identity of a request's loader: two fields share a batch exactly when their keys are equal, so a key holds
/// everything that shapes the loader's statement. Each kind of loader declares its own sealed record; records of
/// different kinds are never equal.
/// </summary>
public abstract record LoaderKey;

/// <summary>
/// A selector, filter or order compared by structure, not by reference or text: the same lambda written at one call
/// site is equal on every call, while lambdas that differ in anything (a member, a constant, a captured value) are not.
/// </summary>
public readonly struct ExpressionKey(LambdaExpression? expression) : IEquatable<ExpressionKey>
{
    private readonly LambdaExpression? _expression = expression;

    public bool Equals(ExpressionKey other) => ExpressionEqualityComparer.Instance.Equals(_expression, other._expression);

    public override bool Equals(object? obj) => obj is ExpressionKey other && Equals(other);

    public override int GetHashCode() => _expression is null ? 0 : ExpressionEqualityComparer.Instance.GetHashCode(_expression);

    public static bool operator ==(ExpressionKey left, ExpressionKey right) => left.Equals(right);

    public static bool operator !=(ExpressionKey left, ExpressionKey right) => !left.Equals(right);
}
