using System.Text.Json;
using GraphQL.Types;
using Microsoft.Extensions.DependencyInjection;
using PartyOrg.Api.Security;
using PartyOrg.Domain.Security;

namespace PartyOrg.Api.Tests.Security.Privacy;

/// <summary>Attack 5: no way around the noise through members, their filters, sorts and counts, or the change log's details.</summary>
public sealed class SideChannelTests(PrivacyApi api) : IClassFixture<PrivacyApi>
{
    private static readonly string[] Attributes = ["gender", "ethnicity", "birthDate", "status", "education", "occupation", "isRetired"];

    public static TheoryData<string> Filters => new()
    {
        "where: { gender: { eq: FEMALE } }", "where: { ethnicity: { eq: MANCHU } }", "where: { birthDate: { gt: \"1990-01-01\" } }",
        "where: { status: { eq: PROBATIONARY } }", "where: { education: { eq: BACHELOR } }", "where: { occupation: { eq: RETIREE } }",
        "where: { isRetired: { eq: true } }", "order: [{ status: ASC }]", "order: [{ education: DESC }]", "order: [{ birthDate: ASC }]",
    };

    [Theory]
    [MemberData(nameof(Filters))]
    public async Task A_partner_cannot_count_members_by_a_protected_attribute(string arguments)
    {
        var body = await api.QueryAsAsync(api.Key(Role.Partner), $"{{ members(first: 1, {arguments}) {{ totalCount }} }}");

        Assert.Equal(JsonValueKind.Null, body.GetProperty("data").GetProperty("members").ValueKind);
        Assert.Equal(AccessVisitor.NotAuthorizedCode, body.GetProperty("errors")[0].GetProperty("extensions").GetProperty("code").GetString());
    }

    [Fact]
    public async Task A_partner_reads_no_protected_attribute_of_a_member()
    {
        var body = await api.QueryAsAsync(api.Key(Role.Partner), $"{{ members(first: 5) {{ nodes {{ {string.Join(' ', Attributes)} }} }} }}");

        Assert.All(body.GetProperty("data").GetProperty("members").GetProperty("nodes").EnumerateArray(), member =>
            Assert.All(Attributes, a => Assert.Equal(JsonValueKind.Null, member.GetProperty(a).ValueKind)));
    }

    [Fact]
    public void No_change_detail_below_organizer_carries_a_protected_attribute()
    {
        var schema = api.Services.GetRequiredService<ISchema>();
        schema.Initialize();
        var details = (UnionGraphType)schema.AllTypes["ChangeDetails"]!;

        var exposed = details.PossibleTypes
            .SelectMany(type => type.Fields.Where(f => Attributes.Contains(f.Name, StringComparer.Ordinal) && PartyOrg.Api.Security.Access.Declared(type, f) < Role.Organizer).Select(f => $"{type.Name}.{f.Name}"))
            .ToList();

        Assert.NotEmpty(details.PossibleTypes);
        Assert.Empty(exposed);
    }
}
