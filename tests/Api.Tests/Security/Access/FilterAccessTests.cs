using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using PartyOrg.Api.Schema.Common;
using PartyOrg.Api.Security;
using PartyOrg.Api.Tests.Support;
using PartyOrg.Domain.Security;

namespace PartyOrg.Api.Tests.Security.Access;

/// <summary>
/// <c>where</c> and <c>order</c> obey the fields' rules: a caller below a field's rule may neither test it nor sort by
/// it (else a filter would answer what the field refuses, e.g. a partner matching members' real names), and gets
/// AUTH_NOT_AUTHORIZED at the list instead of rows.
/// </summary>
public sealed class FilterAccessTests(ApiFactory api) : IClassFixture<ApiFactory>
{
    /// <summary>A role, the list field, its arguments, and whether the role may use them.</summary>
    public static TheoryData<Role, string, string, bool> Cases { get; } = new()
    {
        { Role.Partner, "members", "where: { name: { eq: \"@name\" } }", false },
        { Role.Partner, "members", "where: { gender: { eq: FEMALE } }", false },
        { Role.Partner, "members", "where: { ethnicity: { eq: MONGOL } }", false },
        { Role.Partner, "members", "where: { and: [{ status: { eq: FULL } }, { or: [{ birthDate: { lt: \"1960-01-01\" } }] }] }", false },
        { Role.Partner, "members", "order: [{ joinedOn: ASC }, { birthDate: DESC }]", false },
        { Role.Partner, "members", "order: [{ name: ASC }]", false },
        { Role.Partner, "members", "where: { status: { eq: FULL }, education: { eq: BACHELOR }, joinedOn: { gt: \"2000-01-01\" } }, order: [{ education: ASC }]", false },
        { Role.Partner, "members", "where: { joinedOn: { gt: \"2000-01-01\" }, villageCode: { startsWith: \"15\" } }, order: [{ joinedOn: ASC }]", true },
        { Role.Organizer, "members", "where: { status: { eq: FULL }, education: { eq: BACHELOR }, isRetired: { eq: false } }, order: [{ education: ASC }]", true },
        { Role.Organizer, "members", "where: { name: { eq: \"@name\" }, gender: { in: [MALE, FEMALE] }, birthDate: { gt: \"1900-01-01\" } }, order: [{ name: ASC }]", true },
        { Role.Anonymous, "villages", "where: { committee: { some: { name: { eq: \"@committee\" } } } }", false },
        { Role.Anonymous, "villages", "where: { committee: { any: true } }", false },
        { Role.Anonymous, "villages", "where: { or: [{ hasServiceCenter: { eq: true } }] }", false },
        { Role.Anonymous, "villages", "where: { annualServiceFund: { gt: 0 } }", false },
        { Role.Anonymous, "villages", "order: [{ annualServiceFund: DESC }]", false },
        { Role.Anonymous, "villages", "where: { code: { startsWith: \"15\" }, kind: { eq: COMMUNITY } }, order: [{ name: ASC }]", true },
        { Role.Dashboard, "villages", "where: { hasServiceCenter: { eq: true }, committee: { some: { isChair: { eq: true } } } }, order: [{ annualServiceFund: DESC }]", true },
        { Role.Dashboard, "villages", "where: { committee: { all: { education: { eq: BACHELOR } } } }", false },
        { Role.Partner, "villages", "where: { committee: { none: { gender: { eq: FEMALE } } } }", false },
        { Role.Organizer, "villages", "where: { committee: { some: { name: { eq: \"@committee\" }, gender: { in: [MALE, FEMALE] } } } }", true },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task A_where_or_order_on_a_field_the_role_may_not_read_is_refused(Role role, string list, string arguments, bool allowed)
    {
        var names = await NamesAsync();
        var query = $"{{ {list}({arguments.Replace("@name", names.Member, StringComparison.Ordinal).Replace("@committee", names.Committee, StringComparison.Ordinal)}) {{ totalCount }} }}";

        var body = await api.QueryAsAsync(role == Role.Anonymous ? null : api.Key(role), query);

        var errors = AccessPaths.Errors(body);
        if (allowed)
        {
            Assert.True(errors.Count == 0, body.ToString());
            Assert.InRange(AccessPaths.At(body, [list, "totalCount"])!.Value.GetInt32(), 1, int.MaxValue);
        }
        else
        {
            var error = Assert.Single(errors);
            Assert.Equal((AccessVisitor.NotAuthorizedCode, AccessVisitor.NotAuthorizedMessage), (error.Code, error.Message));
            Assert.Equal([list], error.Path);
            Assert.Null(AccessPaths.At(body, [list]));
        }
    }

    [Fact]
    public async Task Nested_connections_apply_the_same_rules()
    {
        await using var db = api.OpenDatabase();
        var branch = await db.Branches.Where(b => db.Members.Any(m => m.BranchId == b.Id)).OrderBy(b => b.Id).FirstAsync();
        var branchQuery = $"{{ node(id: \"{NodeId.Encode("Branch", branch.Id)}\") {{ ... on Branch {{ members(where: {{ birthDate: {{ gt: \"1900-01-01\" }} }}) {{ totalCount }} }} }} }}";
        var townshipQuery = $"{{ division(code: \"{branch.VillageCode[..9]}\") {{ ... on Township {{ villages(where: {{ committee: {{ any: true }} }}) {{ totalCount }} }} }} }}";

        var partner = await api.QueryAsAsync(api.Key(Role.Partner), branchQuery);
        var organizer = await api.QueryAsAsync(api.Key(Role.Organizer), branchQuery);
        var anonymous = await api.QueryAsAsync(null, townshipQuery);
        var dashboard = await api.QueryAsAsync(api.Key(Role.Dashboard), townshipQuery);

        Assert.Equal(["node", "members"], Assert.Single(AccessPaths.Errors(partner), e => e.Refuses).Path);
        Assert.Equal(await db.Members.CountAsync(m => m.BranchId == branch.Id), AccessPaths.At(organizer, ["node", "members", "totalCount"])!.Value.GetInt32());
        Assert.Equal(["division", "villages"], Assert.Single(AccessPaths.Errors(anonymous), e => e.Refuses).Path);
        Assert.Empty(AccessPaths.Errors(dashboard));
    }

    private async Task<(string Member, string Committee)> NamesAsync()
    {
        await using var db = api.OpenDatabase();
        return (await db.Members.OrderBy(m => m.Id).Select(m => m.Name).FirstAsync(), await db.CommitteeMembers.OrderBy(c => c.Id).Select(c => c.Name).FirstAsync());
    }
}
