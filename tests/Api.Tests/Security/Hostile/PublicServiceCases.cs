using System.Text.Json;
using static PartyOrg.Api.Tests.Security.Hostile.HostileHttp;

namespace PartyOrg.Api.Tests.Security.Hostile;

/// <summary>
/// Hostile values for the public-service arguments: the public intake's text and codes (huge, binary, markup, SQL),
/// forged IDs and impossible dates in the other mutations, and contact filters from roles that may not use them.
/// </summary>
public static class PublicServiceCases
{
    private const string Submit = "mutation($input: SubmitSuggestionInput!) { submitSuggestion(input: $input) { suggestion { id } errors { __typename ... on InvalidInputError { field } ... on NotFoundError { field } } } }";

    public static CaseList All { get; } = new CaseList("public-service")
        .Answered("900 KB of text to the public intake", _ => Query(Submit, new { input = new { divisionCode = "150000", text = new string('x', 900_000) } }).Anonymous(),
            (_, data) => Refusal(data, "InvalidInputError", "text"))
        .Answered("a NUL character in the text", _ => Query(Submit, new { input = new { divisionCode = "150000", text = "建议\u0000" } }).Anonymous(),
            (_, data) => Refusal(data, "InvalidInputError", "text"))
        .Answered("only spaces as the text", _ => Query(Submit, new { input = new { divisionCode = "150000", text = "   " } }).Anonymous(),
            (_, data) => Refusal(data, "InvalidInputError", "text"))
        .Answered("a 65-character contact", _ => Query(Submit, new { input = new { divisionCode = "150000", text = "建议", contact = new string('1', 65) } }).Anonymous(),
            (_, data) => Refusal(data, "InvalidInputError", "contact"))
        .Answered("SQL as the division code", _ => Query(Submit, new { input = new { divisionCode = "150000' OR '1'='1", text = "建议" } }).Anonymous(),
            (_, data) => Refusal(data, "NotFoundError", "divisionCode"))
        .Answered("a 900 KB division code", _ => Query(Submit, new { input = new { divisionCode = new string('1', 900_000), text = "建议" } }).Anonymous(),
            (_, data) => Refusal(data, "NotFoundError", "divisionCode"))
        .Answered("a collecting branch from the public", _ => Query(Submit, new { input = new { divisionCode = "150000", text = "建议", collectedByBranchId = "QnJhbmNoOjE=" } }).Anonymous(),
            (_, data) => Refusal(data, "InvalidInputError", "collectedByBranchId"))
        .Refused("a member ID as the suggestion to adopt", _ => Query(
                "mutation { adoptSuggestion(input: {suggestionId: \"TWVtYmVyOjE=\", version: 0, listId: \"UHJhY3RpY2FsTWF0dGVyTGlzdDox\", title: \"x\", category: HEALTH, plannedOn: \"2026-08-01\"}) { practicalMatter { id } } }"),
            200, "INVALID_NODE_ID")
        .Refused("an impossible completion date", _ => Query(
                "mutation { completePracticalMatter(input: {matterId: \"UHJhY3RpY2FsTWF0dGVyOjE=\", version: 0, completedOn: \"2026-02-30\"}) { practicalMatter { id } } }"),
            400, "ARGUMENTS_OF_CORRECT_TYPE")
        .Refused("a list year beyond Int", _ => Query(
                "mutation($y: Int!) { createPracticalMatterList(input: {branchId: \"QnJhbmNoOjE=\", title: \"x\", year: $y, isPublished: true}) { list { id } } }", new { y = 2147483648L }),
            400, "INVALID_VALUE")
        .Refused("answering a suggestion without a key", _ => Query(
                "mutation { answerSuggestion(input: {suggestionId: \"U3VnZ2VzdGlvbjox\", version: 0, response: \"x\"}) { suggestion { id } } }").Anonymous(),
            200, "AUTH_NOT_AUTHORIZED")
        .Answered("LIKE wildcards in a suggestion text filter", _ => Query("{ suggestions(where: {text: {contains: \"%_%\"}}) { totalCount } }"),
            (_, data) => Assert.Equal(0, data.GetProperty("suggestions").GetProperty("totalCount").GetInt32()));

    private static void Refusal(JsonElement data, string type, string field)
    {
        var payload = data.GetProperty("submitSuggestion");
        Assert.Equal(JsonValueKind.Null, payload.GetProperty("suggestion").ValueKind);
        var error = Assert.Single(payload.GetProperty("errors").EnumerateArray());
        Assert.Equal((type, field), (error.GetProperty("__typename").GetString(), error.GetProperty("field").GetString()));
    }
}
