using System.Net.Http.Json;
using System.Text.Json;
using PartyOrg.Api.Tests.Support;
using PartyOrg.Domain.Security;

namespace PartyOrg.Api.Tests.Schema.PublicService;

/// <summary>Anyone may submit a suggestion, within the intake's limits, and nothing else; text stays text.</summary>
public sealed class PublicIntakeTests(IntakeApiFactory api) : IClassFixture<IntakeApiFactory>
{
    private const string Village = "150902008022";

    [Fact]
    public async Task Markup_and_script_are_stored_and_returned_as_inert_text()
    {
        const string text = "<script>alert('x')</script><img src=x onerror=alert(1)> & \"建议\"";
        var payload = await api.SubmitAsync(null, new { divisionCode = Village, text, contact = "<b>13800000000</b>" });
        Assert.Null(payload.ErrorType());

        using var client = api.CreateClient(api.Key(Role.Admin));
        using var response = await client.PostAsJsonAsync(GraphQLHttp.Path, new
        {
            query = "{ suggestions(where: {channel: {eq: ONLINE_INTAKE}, text: {startsWith: \"<script>\"}}) { nodes { text contact channel status } } }",
        });
        var raw = await response.Content.ReadAsStringAsync();
        Assert.DoesNotContain("<script>", raw, StringComparison.Ordinal);
        Assert.DoesNotContain("<img", raw, StringComparison.Ordinal);
        var node = Assert.Single(JsonDocument.Parse(raw).RootElement.GetProperty("data").GetProperty("suggestions").GetProperty("nodes").EnumerateArray());
        Assert.Equal((text, "<b>13800000000</b>", "ONLINE_INTAKE", "RECEIVED"),
            (node.GetProperty("text").GetString(), node.GetProperty("contact").GetString(), node.GetProperty("channel").GetString(), node.GetProperty("status").GetString()));
    }

    [Fact]
    public async Task Text_over_500_characters_is_refused_before_anything_is_counted()
    {
        var payload = await api.SubmitAsync(null, new { divisionCode = Village, text = new string('议', 501) });
        Assert.Equal(("InvalidInputError", "text"), (payload.ErrorType(), payload.GetProperty("errors")[0].GetProperty("field").GetString()));
        Assert.Contains("500", payload.GetProperty("errors")[0].GetProperty("message").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_public_may_not_name_a_channel_or_a_collecting_organisation()
    {
        var payload = await api.SubmitAsync(null, new { divisionCode = Village, text = "建议", channel = "DOOR_TO_DOOR" });
        Assert.Equal(("InvalidInputError", "channel"), (payload.ErrorType(), payload.GetProperty("errors")[0].GetProperty("field").GetString()));
    }

    [Fact]
    public async Task A_division_takes_its_daily_cap_through_the_intake_and_then_refuses_with_a_limit_error()
    {
        var key = api.Key(Role.Dashboard, "150100");
        for (var i = 0; i < IntakeApiFactory.DailyCapPerDivision; i++)
        {
            Assert.Null((await api.SubmitAsync(key, new { divisionCode = "150102", text = $"建议{i}" })).ErrorType());
        }

        var refused = await api.SubmitAsync(key, new { divisionCode = "150102", text = "再一条" });
        Assert.Equal("LimitExceededError", refused.ErrorType());
        Assert.Equal(("LIMIT_EXCEEDED", "divisionCode"), (refused.GetProperty("errors")[0].GetProperty("code").GetString(), refused.GetProperty("errors")[0].GetProperty("field").GetString()));
    }

    [Fact]
    public async Task One_caller_gets_its_hourly_rate_and_then_a_limit_error_naming_it()
    {
        var key = api.Key(Role.Partner, "150200");
        for (var i = 0; i < IntakeApiFactory.PerAddressPerHour; i++)
        {
            Assert.Null((await api.SubmitAsync(key, new { divisionCode = $"15020{i + 2}", text = "建议" })).ErrorType());
        }

        var refused = await api.SubmitAsync(key, new { divisionCode = "150206", text = "建议" });
        Assert.Equal("LimitExceededError", refused.ErrorType());
        Assert.Contains($"{IntakeApiFactory.PerAddressPerHour} suggestions an hour", refused.GetProperty("errors")[0].GetProperty("message").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Nothing_but_submitting_is_open_to_the_public()
    {
        var body = await api.PostAsync(null, "mutation { answerSuggestion(input: {suggestionId: \"U3VnZ2VzdGlvbjox\", version: 0, response: \"x\"}) { suggestion { id } } }");
        Assert.Equal("AUTH_NOT_AUTHORIZED", body.FirstErrorCode());
    }

    [Theory]
    [InlineData(Role.Dashboard)]
    [InlineData(Role.Partner)]
    public async Task Contacts_are_never_read_by_dashboards_or_partners(Role role)
    {
        var body = await api.PostAsync(api.Key(role), "{ suggestions(first: 1) { nodes { contact } } }");
        Assert.Equal("AUTH_NOT_AUTHORIZED", body.FirstErrorCode());
        var filtered = await api.PostAsync(api.Key(role), "{ suggestions(where: {contact: {eq: \"1\"}}) { totalCount } }");
        Assert.Equal("AUTH_NOT_AUTHORIZED", filtered.FirstErrorCode());
    }

    [Fact]
    public async Task Dashboards_get_the_counts()
    {
        var body = await api.PostAsync(api.Key(Role.Dashboard), "{ division(code: \"152200\") { stats { suggestionsReceivedCount suggestionMedianDaysToReply } } }");
        Assert.True(body.GetProperty("data").GetProperty("division").GetProperty("stats").GetProperty("suggestionsReceivedCount").GetInt32() > 0);
    }
}
