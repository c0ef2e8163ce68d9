using System.Linq.Expressions;

namespace PartyOrg.Api.Querying.Filtering;

/// <summary>
/// Puts a value into an expression as a closure member rather than a constant, so EF Core sends it
/// as a SQL parameter: one cached plan per query shape instead of one per value.
/// </summary>
internal sealed class ValueBox<T>(T value)
{
    public T Value { get; } = value;

    public static Expression Of(T value) =>
        Expression.Property(Expression.Constant(new ValueBox<T>(value)), nameof(Value));
}

internal static class ValueBox
{
    public static Expression Of(object? value, Type type)
    {
        var box = typeof(ValueBox<>).MakeGenericType(type);
        return (Expression)box.GetMethod(nameof(ValueBox<int>.Of))!.Invoke(null, [value])!;
    }
}
