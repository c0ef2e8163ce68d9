using static PartyOrg.Api.Tests.Security.Hostile.HostileHttp;

namespace PartyOrg.Api.Tests.Security.Hostile;

/// <summary>
/// Wildcards and SQL in filter values are plain text: LIKE and GLOB characters match only themselves, quotes end
/// nothing, and the tables are all still there afterwards with the same number of members.
/// </summary>
public static class FilterInjectionCases
{
    private const string Family = "filter-injection";

    /// <summary>Banners whose English name matches <paramref name="text"/> under <paramref name="operation"/>: exactly those matching it literally.</summary>
    private static CaseList BannerText(this CaseList cases, string operation, string text, Func<string, bool> literal, bool someMatch = false) =>
        cases.Answered($"nameEn {operation} \"{text}\" matches literally",
            _ => Query($"query($text: String) {{ banners(where: {{ nameEn: {{ {operation}: $text }} }}) {{ totalCount }} }}", new { text }),
            (api, data) =>
            {
                using var db = api.OpenDatabase();
                var expected = db.Banners.Select(b => b.NameEn).AsEnumerable().Count(n => n is not null && literal(n));
                Assert.Equal(expected, data.Int("banners", "totalCount"));
                Assert.True(!someMatch || expected > 0, "The literal text should match some banners.");
            });

    /// <summary>A hostile filter on members answers <paramref name="expected"/> and leaves the member count as it was.</summary>
    private static CaseList MembersUnchanged(this CaseList cases, string name, string where, int expected) =>
        cases.Custom(name, async (api, cancellationToken) =>
        {
            int before;
            using (var db = api.OpenDatabase())
            {
                before = db.Members.Count();
            }

            var answer = await api.SendAsync(Query($"{{ members(where: {where}) {{ totalCount }} }}"), cancellationToken);
            Assert.Equal(expected, answer.AssertAnswered().Int("members", "totalCount"));

            using var after = api.OpenDatabase();
            Assert.Equal(before, after.Members.Count());
            Assert.Equal(before, (await api.SendAsync(Query("{ members { totalCount } }"), cancellationToken)).AssertAnswered().Int("members", "totalCount"));
        });

    public static CaseList All { get; } = new CaseList(Family)
        .BannerText("contains", "%", n => n.Contains('%', StringComparison.Ordinal))
        .BannerText("contains", "_", n => n.Contains('_', StringComparison.Ordinal))
        .BannerText("startsWith", "%", n => n.StartsWith('%'))
        .BannerText("endsWith", "_", n => n.EndsWith('_'))
        .BannerText("contains", "[a-z]", n => n.Contains("[a-z]", StringComparison.Ordinal))
        .BannerText("startsWith", "*", n => n.StartsWith('*'))
        .BannerText("contains", "\\", n => n.Contains('\\', StringComparison.Ordinal))
        .BannerText("contains", "High-Tech", n => n.Contains("High-Tech", StringComparison.Ordinal), someMatch: true)
        .BannerText("contains", "district", n => n.Contains("district", StringComparison.Ordinal))
        .BannerText("eq", "' OR 1=1 --", n => n == "' OR 1=1 --")
        .BannerText("neq", "' OR '1'='1", n => n != "' OR '1'='1")
        .MembersUnchanged("name contains \"; DROP TABLE Members; --", "{ name: { contains: \"\\\"; DROP TABLE Members; --\" } }", 0)
        .MembersUnchanged("name eq '; DELETE FROM Members; --", "{ name: { eq: \"'; DELETE FROM Members; --\" } }", 0)
        .MembersUnchanged("name startsWith %' OR 1=1; UPDATE Members", "{ name: { startsWith: \"%' OR 1=1; UPDATE Members SET Name = 'x'; --\" } }", 0)
        .MembersUnchanged("villageCode in with a quote-breaking element", "{ villageCode: { in: [\"1') OR ('1'='1\", \"0\"] } }", 0)
        .Answered("code in: only the real code of the list matches", _ => Query(
                "{ banners(where: { code: { in: [\"150102' OR '1'='1\", \"150102\", \"1501%\"] } }) { totalCount } }"),
            (_, data) => Assert.Equal(1, data.Int("banners", "totalCount")))
        .Answered("a division code of wildcards is not found", _ => Query("{ division(code: \"15%\") { code } }"),
            (_, data) => Assert.Equal(System.Text.Json.JsonValueKind.Null, data.GetProperty("division").ValueKind))
        .Refused("a wildcard 'within' is an unknown division", _ => Query("{ banners(within: \"15%\") { totalCount } }"), 200, "UNKNOWN_DIVISION")
        .Refused("SQL in a sort direction is not a direction", _ => Query("{ banners(order: [{ name: ASC_DROP_TABLE }]) { totalCount } }"),
            400, "ARGUMENTS_OF_CORRECT_TYPE");
}
