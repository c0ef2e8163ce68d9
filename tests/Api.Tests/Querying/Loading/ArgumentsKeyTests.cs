using GraphQL;
using GraphQL.Execution;
using PartyOrg.Api.Querying.Loading;
using PartyOrg.Api.Querying.Sorting;

namespace PartyOrg.Api.Tests.Querying.Loading;

/// <summary>
/// A nested connection's loaders are keyed by its field and its arguments: arguments equal by value give equal keys
/// (so parents asking alike share one statement), and a difference in any of filter, order or page gives another.
/// </summary>
public sealed class ArgumentsKeyTests
{
    private static Dictionary<string, object?> Arguments(string name = "x", SortDirection direction = SortDirection.Asc, int first = 10) => new()
    {
        ["where"] = new Dictionary<string, object?> { ["name"] = new Dictionary<string, object?> { ["in"] = new List<object?> { name, "y" } } },
        ["order"] = new List<object?> { new Dictionary<string, object?> { ["name"] = direction } },
        ["first"] = first,
    };

    [Fact]
    public void Arguments_equal_by_value_give_equal_keys()
    {
        var key = Key(Arguments());
        var again = Key(Arguments());

        Assert.Equal(key, again);
        Assert.Equal(key.GetHashCode(), again.GetHashCode());
    }

    [Fact]
    public void The_order_of_the_arguments_themselves_does_not_matter()
    {
        var reversed = Arguments().Reverse().ToDictionary(a => a.Key, a => a.Value);

        Assert.Equal(Key(Arguments()), Key(reversed));
    }

    [Fact]
    public void A_difference_in_filter_order_or_page_gives_another_key()
    {
        var key = Key(Arguments());

        Assert.NotEqual(key, Key(Arguments(name: "z")));
        Assert.NotEqual(key, Key(Arguments(direction: SortDirection.Desc)));
        Assert.NotEqual(key, Key(Arguments(first: 11)));
        Assert.NotEqual(key, Key(new Dictionary<string, object?>(Arguments()) { ["after"] = "cursor" }));
    }

    private static ArgumentsKey Key(Dictionary<string, object?> arguments) =>
        ArgumentsKey.Of(new ResolveFieldContext { Arguments = arguments.ToDictionary(a => a.Key, a => new ArgumentValue(a.Value, ArgumentSource.Literal)) });
}
