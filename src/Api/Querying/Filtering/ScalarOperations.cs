using System.Collections;
using System.Linq.Expressions;
using System.Reflection;

namespace PartyOrg.Api.Querying.Filtering;

/// <summary>The operations of the scalar and enum operation filter inputs on one member expression.</summary>
internal static class ScalarOperations
{
    private static readonly MethodInfo StringContains = typeof(string).GetMethod(nameof(string.Contains), [typeof(string)])!;
    private static readonly MethodInfo StringIndexOf = typeof(string).GetMethod(nameof(string.IndexOf), [typeof(string)])!;
    private static readonly MethodInfo StringSubstring = typeof(string).GetMethod(nameof(string.Substring), [typeof(int)])!;
    private static readonly PropertyInfo StringLength = typeof(string).GetProperty(nameof(string.Length))!;

    public static Expression Build(FilterField field, Expression member, IDictionary<string, object?> operations)
    {
        var parts = new List<Expression>();
        foreach (var (op, raw) in operations)
        {
            var value = Convert(field, raw);
            parts.Add(op switch
            {
                "and" or "or" => FilterCompiler.Combine(
                    [.. FilterCompiler.Objects(value, op).Select(o => Build(field, member, o))], op == "and"),
                "eq" => Equal(member, value),
                "neq" => Expression.Not(Equal(member, value)),
                "in" => In(member, value, op),
                "nin" => Expression.Not(In(member, value, op)),
                "gt" => Compare(member, value, op, Expression.GreaterThan),
                "ngt" => Expression.Not(Compare(member, value, op, Expression.GreaterThan)),
                "gte" => Compare(member, value, op, Expression.GreaterThanOrEqual),
                "ngte" => Expression.Not(Compare(member, value, op, Expression.GreaterThanOrEqual)),
                "lt" => Compare(member, value, op, Expression.LessThan),
                "nlt" => Expression.Not(Compare(member, value, op, Expression.LessThan)),
                "lte" => Compare(member, value, op, Expression.LessThanOrEqual),
                "nlte" => Expression.Not(Compare(member, value, op, Expression.LessThanOrEqual)),
                "contains" => Text(member, value, op, Contains),
                "ncontains" => NotText(member, value, op, Contains),
                "startsWith" => Text(member, value, op, StartsWith),
                "nstartsWith" => NotText(member, value, op, StartsWith),
                "endsWith" => Text(member, value, op, EndsWith),
                "nendsWith" => NotText(member, value, op, EndsWith),
                _ => throw FilterCompiler.Invalid($"'{op}' is not an operation of {field.Name}."),
            });
        }

        return FilterCompiler.Combine(parts, and: true);
    }

    /// <summary>Applies the field's value conversion (global ID to key) to a value or each element of a list.</summary>
    private static object? Convert(FilterField field, object? value) =>
        field.ConvertValue is not { } convert ? value
        : value is IEnumerable<object?> list && value is not string ? list.Select(convert).ToList()
        : value is IDictionary<string, object?> or IEnumerable<IDictionary<string, object?>> ? value
        : convert(value);

    private static Expression Equal(Expression member, object? value)
    {
        if (value is null)
        {
            return CanBeNull(member.Type) ? Expression.Equal(member, Expression.Constant(null, member.Type)) : Expression.Constant(false);
        }

        return Expression.Equal(member, Value(value, member.Type));
    }

    private static Expression In(Expression member, object? value, string op)
    {
        if (value is not IEnumerable list || value is string)
        {
            throw FilterCompiler.Invalid($"'{op}' takes a list of values, not null.");
        }

        var listType = typeof(List<>).MakeGenericType(member.Type);
        var typed = (IList)Activator.CreateInstance(listType)!;
        foreach (var item in list)
        {
            // A null equals no value of a non-null column (as eq: null matches nothing there), so it
            // adds nothing to the list; adding it would throw from List<int>.
            if (item is not null || CanBeNull(member.Type))
            {
                typed.Add(item is null ? null : Coerce(item, member.Type));
            }
        }

        var contains = typeof(Enumerable).GetMethods().Single(m => m.Name == nameof(Enumerable.Contains) && m.GetParameters().Length == 2)
            .MakeGenericMethod(member.Type);
        return Expression.Call(contains, ValueBox.Of(typed, listType), member);
    }

    private static Expression Compare(Expression member, object? value, string op, Func<Expression, Expression, BinaryExpression> compare) =>
        value is null
            ? throw FilterCompiler.Invalid($"'{op}' needs a value, not null.")
            : compare(member, Value(value, member.Type));

    private static Expression Text(Expression member, object? value, string op, Func<Expression, Expression, Expression> match) =>
        Expression.AndAlso(Expression.NotEqual(member, Expression.Constant(null, typeof(string))), match(member, TextValue(value, op)));

    /// <summary>Negated matches include rows whose value is null: null neither contains nor starts with anything.</summary>
    private static Expression NotText(Expression member, object? value, string op, Func<Expression, Expression, Expression> match) =>
        Expression.OrElse(Expression.Equal(member, Expression.Constant(null, typeof(string))), Expression.Not(match(member, TextValue(value, op))));

    private static Expression TextValue(object? value, string op) =>
        value as string is { } text ? ValueBox.Of(text, typeof(string)) : throw FilterCompiler.Invalid($"'{op}' needs a string, not null.");

    private static Expression Contains(Expression member, Expression value) => Expression.Call(member, StringContains, value);

    private static Expression StartsWith(Expression member, Expression value) =>
        Expression.Equal(Expression.Call(member, StringIndexOf, value), Expression.Constant(0));

    private static Expression EndsWith(Expression member, Expression value) =>
        Expression.Equal(
            Expression.Call(member, StringSubstring, Expression.Subtract(Expression.Property(member, StringLength), Expression.Property(value, StringLength))),
            value);

    private static Expression Value(object value, Type type) => ValueBox.Of(Coerce(value, type), type);

    private static object? Coerce(object value, Type type)
    {
        var target = Nullable.GetUnderlyingType(type) ?? type;
        if (target.IsInstanceOfType(value))
        {
            return value;
        }

        try
        {
            return target.IsEnum ? Enum.ToObject(target, value) : System.Convert.ChangeType(value, target, System.Globalization.CultureInfo.InvariantCulture);
        }
        catch (Exception e) when (e is InvalidCastException or FormatException or OverflowException)
        {
            throw FilterCompiler.Invalid($"The value '{value}' does not fit a {target.Name} field.");
        }
    }

    private static bool CanBeNull(Type type) => !type.IsValueType || Nullable.GetUnderlyingType(type) is not null;
}
