using GraphQL.Types;
using PartyOrg.Domain.Security;
using AccessRule = PartyOrg.Api.Security.Access;

namespace PartyOrg.Api.Tests.Security.Access;

/// <summary>
/// A filter or sort field must never answer what the output field of the same name refuses: wherever an object
/// type's field raises its rule above its type's (a personal name, a village's facts), the <c>XFilterInput</c> and
/// <c>XSortInput</c> field of that name must require at least as much. So a personal field added to a graph type
/// and to its filter without the rule fails here by name.
/// </summary>
public sealed class ArgumentRuleTests
{
    [Theory]
    [InlineData("FilterInput")]
    [InlineData("SortInput")]
    public void Every_filter_and_sort_field_requires_what_its_output_field_requires(string suffix)
    {
        var schema = AccessRules.BuildSchema();
        var inputs = schema.AllTypes.OfType<IInputObjectGraphType>().Where(t => t.Name.EndsWith(suffix, StringComparison.Ordinal)).ToList();
        var compared = 0;
        var weaker = new List<string>();
        foreach (var input in inputs)
        {
            if (schema.AllTypes[input.Name[..^suffix.Length]] is not IObjectGraphType output)
            {
                continue;
            }

            foreach (var field in input.Fields)
            {
                if (output.GetField(field.Name) is not { } read || AccessRule.Own(read) is not { } required)
                {
                    continue;
                }

                compared++;
                var allowed = AccessRule.Own(field) ?? Role.Anonymous;
                if (allowed < required)
                {
                    weaker.Add($"{input.Name}.{field.Name} (usable by {Roles.Name(allowed)}; {output.Name}.{field.Name} needs {Roles.Name(required)})");
                }
            }
        }

        Assert.True(weaker.Count == 0, $"Arguments weaker than the fields they test: {string.Join(", ", weaker)}.");
        // Member's name, gender, ethnicity and birth date, the village's facts and committee, the committee's personal fields…
        Assert.True(compared >= (suffix == "FilterInput" ? 8 : 2), $"Only {compared} {suffix} fields were compared: the test no longer sees the rules.");
    }
}
