using System.Linq.Expressions;
using System.Reflection;

namespace PartyOrg.Api.Querying.Loading;

/// <summary>
/// Rows of <typeparamref name="T"/> read with some columns only: the others keep their defaults. Loaders of the same
/// <paramref name="Name"/> are one loader within a request; EF Core's query cache shares the statement across requests.
/// Nothing here is kept per column set: a client choosing new combinations of fields grows no cache of ours.
/// </summary>
/// <param name="Name">The columns joined with commas, in ordinal order.</param>
/// <param name="Select"><c>row => new T { A = row.A, … }</c>.</param>
public sealed record RowProjection<T>(string Name, Expression<Func<T, T>> Select)
    where T : class;

public static class RowProjection
{
    /// <summary>The projection of these properties of <typeparamref name="T"/>; each must be stored and settable.</summary>
    public static RowProjection<T> Of<T>(IEnumerable<string> columns)
        where T : class
    {
        var ordered = columns.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        var name = string.Join(',', ordered);
        var row = Expression.Parameter(typeof(T), "r");
        var bindings = ordered
            .Select(column => typeof(T).GetProperty(column, BindingFlags.Public | BindingFlags.Instance)
                ?? throw new InvalidOperationException($"{typeof(T).Name} has no property {column}, which a field declares it reads."))
            .Select(property => property.CanWrite ? property
                : throw new InvalidOperationException($"{typeof(T).Name}.{property.Name} is computed, not stored: declare the columns it is computed from."))
            .Select(property => Expression.Bind(property, Expression.Property(row, property)));
        return new RowProjection<T>(name, Expression.Lambda<Func<T, T>>(Expression.MemberInit(Expression.New(typeof(T)), bindings), row));
    }

    /// <summary>
    /// As <see cref="Of{T}"/>, or null when a column is not a settable property of a stored value (a navigation, a
    /// computed property): the caller then reads whole rows.
    /// </summary>
    public static RowProjection<T>? TryOf<T>(IEnumerable<string> columns)
        where T : class
    {
        var list = columns.ToList();
        return list.All(column => typeof(T).GetProperty(column, BindingFlags.Public | BindingFlags.Instance) is { CanWrite: true } property && IsValue(property.PropertyType))
            ? Of<T>(list)
            : null;
    }

    private static bool IsValue(Type type) => type.IsValueType || type == typeof(string) || type == typeof(byte[]);
}
