using System.Linq.Expressions;
using GraphQL.Types;
using PartyOrg.Domain.Security;

namespace PartyOrg.Api.Querying.Filtering;

/// <summary>Which fields of <typeparamref name="T"/> a <c>where</c> argument may test, and how each reads from the entity.</summary>
public sealed class FilterDefinition<T>(string typeName) : IFilterDefinition
{
    private static readonly Dictionary<Type, Type> ScalarOperations = new()
    {
        [typeof(string)] = typeof(StringOperationFilterInputGraphType),
        [typeof(int)] = typeof(IntOperationFilterInputGraphType),
        [typeof(long)] = typeof(LongOperationFilterInputGraphType),
        [typeof(bool)] = typeof(BooleanOperationFilterInputGraphType),
        [typeof(DateOnly)] = typeof(DateOperationFilterInputGraphType),
    };

    private readonly List<FilterField> _fields = [];

    public string TypeName { get; } = typeName;

    public IReadOnlyList<FilterField> Fields => _fields;

    public Type EntityType => typeof(T);

    /// <summary>A text, number, boolean or date field; its operation input type follows from <typeparamref name="TValue"/>.</summary>
    public FilterDefinition<T> Field<TValue>(string name, Expression<Func<T, TValue>> selector, string description)
    {
        var type = Nullable.GetUnderlyingType(typeof(TValue)) ?? typeof(TValue);
        var graphType = ScalarOperations.GetValueOrDefault(type)
            ?? throw new InvalidOperationException($"{typeof(TValue).Name} needs an explicit operation input type.");
        _fields.Add(new FilterField(name, selector, graphType, description, null, null));
        return this;
    }

    /// <summary>An enum field, tested with <c>XOperationFilterInput</c>.</summary>
    public FilterDefinition<T> Enum<TValue, TEnumGraphType>(string name, Expression<Func<T, TValue>> selector, string description)
        where TEnumGraphType : EnumerationGraphType, new()
    {
        _fields.Add(new FilterField(name, selector, typeof(EnumOperationFilterInputGraphType<TEnumGraphType>), description, null, null));
        return this;
    }

    /// <summary>A key exposed as a global ID; <paramref name="decode"/> turns an ID into the key or throws a coded error.</summary>
    public FilterDefinition<T> Id<TKey>(string name, Expression<Func<T, TKey>> selector, Func<string, TKey> decode, string description)
    {
        _fields.Add(new FilterField(name, selector, typeof(IdOperationFilterInputGraphType), description, null,
            value => value is string id ? decode(id) : value));
        return this;
    }

    /// <summary>A list of child rows tested with <c>some</c>, <c>all</c>, <c>none</c> and <c>any</c>.</summary>
    public FilterDefinition<T> List<TChild, TChildFilter>(string name, Expression<Func<T, IEnumerable<TChild>>> selector, FilterDefinition<TChild> child, string description)
        where TChildFilter : InputObjectGraphType, new()
    {
        _fields.Add(new FilterField(name, selector, typeof(ListFilterInputGraphType<TChildFilter>), description, child, null));
        return this;
    }

    /// <summary>Only callers of <paramref name="role"/> or above may test the field just added: a filter must not answer what the field refuses.</summary>
    public FilterDefinition<T> Requires(Role role)
    {
        _fields[^1] = _fields[^1] with { Requires = role };
        return this;
    }

    public FilterField? Find(string name) => _fields.Find(f => f.Name == name);
}

public interface IFilterDefinition
{
    string TypeName { get; }

    Type EntityType { get; }

    IReadOnlyList<FilterField> Fields { get; }

    FilterField? Find(string name);
}

/// <summary>One filterable field: its name, how to read it, its operation input type, for lists the child definition, and the least role that may test it.</summary>
public sealed record FilterField(
    string Name,
    LambdaExpression Selector,
    Type GraphType,
    string Description,
    IFilterDefinition? Child,
    Func<object?, object?>? ConvertValue,
    Role Requires = Role.Anonymous);
