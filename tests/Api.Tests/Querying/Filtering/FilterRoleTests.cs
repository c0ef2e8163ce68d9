using GraphQL;
using PartyOrg.Api.Querying;
using PartyOrg.Api.Querying.Filtering;
using PartyOrg.Api.Querying.Sorting;
using PartyOrg.Api.Schema.Members;
using PartyOrg.Api.Schema.Villages;
using PartyOrg.Api.Security;
using PartyOrg.Domain.Entities;
using PartyOrg.Domain.Security;

namespace PartyOrg.Api.Tests.Querying.Filtering;

/// <summary>
/// The compilers apply the role as they read a <c>where</c> or <c>order</c>: a field above the caller's role is
/// refused wherever it sits (under and/or, inside a list's child filter), with no database at hand, so no SQL
/// can have run; the same input compiles for a role that may use it.
/// </summary>
public sealed class FilterRoleTests
{
    public static TheoryData<string, Role> RefusedMemberFilters { get; } = new()
    {
        { "name at the top", Role.Partner },
        { "birthDate under and/or", Role.Partner },
        { "gender under or inside and", Role.Dashboard },
    };

    [Theory]
    [MemberData(nameof(RefusedMemberFilters))]
    public void A_member_field_above_the_role_is_refused_at_any_depth(string name, Role role)
    {
        var where = MemberFilter(name);

        AssertRefused(() => FilterCompiler.Compile(MemberRows.Filter, where, role));
        Assert.NotNull(FilterCompiler.Compile(MemberRows.Filter, where, Role.Organizer));
    }

    [Fact]
    public void A_child_field_above_the_role_is_refused_inside_a_list_filter()
    {
        var chairNamed = Input(("isChair", Input(("eq", true))), ("name", Input(("eq", "x"))));
        var where = Input(("committee", Input(("some", chairNamed))));

        AssertRefused(() => FilterCompiler.Compile(VillageRows.Filter, where, Role.Dashboard));
        Assert.NotNull(FilterCompiler.Compile(VillageRows.Filter, where, Role.Organizer));
    }

    [Fact]
    public void A_list_field_above_the_role_is_refused_even_when_only_asked_whether_it_has_rows()
    {
        var where = Input(("committee", Input(("any", true))));

        AssertRefused(() => FilterCompiler.Compile(VillageRows.Filter, where, Role.Anonymous));
        Assert.NotNull(FilterCompiler.Compile(VillageRows.Filter, where, Role.Dashboard));
    }

    [Fact]
    public void A_field_given_null_is_no_condition_and_is_not_refused()
    {
        Assert.NotNull(FilterCompiler.Compile(MemberRows.Filter, Input(("name", null), ("villageCode", Input(("eq", "150902008022")))), Role.Partner));
    }

    [Fact]
    public void A_sort_step_above_the_role_is_refused_and_one_within_it_is_compiled()
    {
        List<object?> order = [Input(("joinedOn", SortDirection.Asc)), Input(("birthDate", SortDirection.Desc))];

        AssertRefused(() => SortCompiler.Compile(MemberRows.Sort, order, [], Role.Partner));
        Assert.Equal(["joinedOn", "birthDate", "id"], SortCompiler.Compile(MemberRows.Sort, order, [], Role.Organizer).Select(s => s.Field.Name));
    }

    [Fact]
    public void More_conditions_than_allowed_are_an_invalid_filter_whatever_the_role()
    {
        var where = Input(("or", Enumerable.Range(0, FilterCompiler.MaxTerms).Select(_ => (object?)Input(("isRetired", Input(("eq", true))))).ToList()));

        var error = Assert.Throws<QueryError>(() => FilterCompiler.Compile(MemberRows.Filter, where, Role.Admin));
        Assert.Equal(QueryErrorCodes.InvalidFilter, error.Code);
    }

    private static Dictionary<string, object?> MemberFilter(string name) => name switch
    {
        "name at the top" => Input(("status", Input(("eq", MemberStatus.Full))), ("name", Input(("eq", "x")))),
        "birthDate under and/or" => Input(("and", List(Input(("isRetired", Input(("eq", true)))), Input(("or", List(Input(("birthDate", Input(("lt", new DateOnly(1960, 1, 1))))))))))),
        _ => Input(("or", List(Input(("and", List(Input(("joinedOn", Input(("gt", new DateOnly(2000, 1, 1))))), Input(("gender", Input(("eq", Gender.Female)))))))))),
    };

    private static void AssertRefused(Action compile)
    {
        var error = Assert.ThrowsAny<ExecutionError>(compile);
        Assert.Equal((AccessVisitor.NotAuthorizedCode, AccessVisitor.NotAuthorizedMessage), (error.Code, error.Message));
    }

    private static Dictionary<string, object?> Input(params (string Key, object? Value)[] entries) => entries.ToDictionary(e => e.Key, e => e.Value);

    private static List<object?> List(params object?[] elements) => [.. elements];
}
