using System.Linq.Expressions;

namespace PartyOrg.Api.Querying.Filtering;

/// <summary>Which fields of <typeparamref name="T"/> a <c>where</c> argument may test, and how each reads from the entity.</summary>
public sealed class FilterDefinition<T>(string typeName) : IFilterDefinition
{
    private readonly List<FilterField> _fields = [];

    public string TypeName { get; } = typeName;

    public IReadOnlyList<FilterField> Fields => _fields;

    public Type EntityType => typeof(T);

    /// <summary>A scalar or enum field; its operation input type follows from <typeparamref name="TValue"/>.</summary>
    public FilterDefinition<T> Field<TValue>(string name, Expression<Func<T, TValue>> selector, string description)
    {
        _fields.Add(new FilterField(name, selector, typeof(TValue), description, null));
        return this;
    }

    /// <summary>A list of child rows tested with <c>some</c>, <c>all</c>, <c>none</c> and <c>any</c>.</summary>
    public FilterDefinition<T> List<TChild>(string name, Expression<Func<T, IEnumerable<TChild>>> selector, FilterDefinition<TChild> child, string description)
    {
        _fields.Add(new FilterField(name, selector, typeof(TChild), description, child));
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

/// <summary>One filterable field: its GraphQL name, how to read it, its value type and, for lists, the child definition.</summary>
public sealed record FilterField(string Name, LambdaExpression Selector, Type ValueType, string Description, IFilterDefinition? Child);
