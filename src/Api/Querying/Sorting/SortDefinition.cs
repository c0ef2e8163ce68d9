using System.Linq.Expressions;
using PartyOrg.Domain.Security;

namespace PartyOrg.Api.Querying.Sorting;

/// <summary>Which fields of <typeparamref name="T"/> an <c>order</c> argument may sort by; the key always ends the order.</summary>
public sealed class SortDefinition<T>(string typeName, Expression<Func<T, object>> key)
{
    private readonly List<SortField> _fields = [];

    public string TypeName { get; } = typeName;

    public IReadOnlyList<SortField> Fields => _fields;

    /// <summary>The unique key that ends every order, so pages are stable and cursors exact.</summary>
    public SortField Key { get; } = new("id", Unbox(key), "The row's key.");

    public SortDefinition<T> Field<TValue>(string name, Expression<Func<T, TValue>> selector, string description)
    {
        _fields.Add(new SortField(name, selector, description));
        return this;
    }

    /// <summary>Only callers of <paramref name="role"/> or above may sort by the field just added: an order must not reveal what the field refuses.</summary>
    public SortDefinition<T> Requires(Role role)
    {
        _fields[^1].Requires = role;
        return this;
    }

    public SortField? Find(string name) => _fields.Find(f => f.Name == name);

    private static LambdaExpression Unbox(Expression<Func<T, object>> key) =>
        key.Body is UnaryExpression { NodeType: ExpressionType.Convert } convert
            ? Expression.Lambda(convert.Operand, key.Parameters)
            : key;
}

/// <summary>One sortable field, with its selector compiled once for reading cursor values from rows.</summary>
public sealed class SortField(string name, LambdaExpression selector, string description)
{
    private Delegate? _compiled;
    private IReadOnlyList<string>? _columns;

    public string Name { get; } = name;

    public LambdaExpression Selector { get; } = selector;

    public string Description { get; } = description;

    /// <summary>The least role that may sort by the field.</summary>
    public Role Requires { get; internal set; } = Role.Anonymous;

    public object? Read(object row) => (_compiled ??= Selector.Compile()).DynamicInvoke(row);

    /// <summary>The stored columns the selector reads, worked out once: rows read with some columns only must hold them.</summary>
    public IReadOnlyList<string> Columns => _columns ??= [.. ReadMembers.Of(Selector)];
}

/// <summary>One step of an order: a field and its direction.</summary>
public sealed record SortStep(SortField Field, bool Descending);
