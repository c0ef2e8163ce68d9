using System.Net.Http.Json;
using System.Text.Json;
using PartyOrg.Api.Tests.Support;
using PartyOrg.Domain.Security;

namespace PartyOrg.Api.Tests.Schema.PublicService;

/// <summary>The API with tight public-intake limits: 3 submissions an hour per address (or key), 2 a day per division.</summary>
public sealed class IntakeApiFactory : ApiFactory
{
    public const int PerAddressPerHour = 3;
    public const int DailyCapPerDivision = 2;

    protected override Role? ClientRole => null;

    protected override IEnumerable<KeyValuePair<string, string>> Settings =>
    [
        new("PublicIntake:PerAddressPerHour", PerAddressPerHour.ToString(System.Globalization.CultureInfo.InvariantCulture)),
        new("PublicIntake:DailyCapPerDivision", DailyCapPerDivision.ToString(System.Globalization.CultureInfo.InvariantCulture)),
    ];
}

public static class IntakeApi
{
    public const string Payload = "suggestion { id } errors { __typename ... on Error { message } ... on InvalidInputError { field } ... on LimitExceededError { code field } }";

    /// <summary>submitSuggestion with these input values, as the given key (null: anonymous); the payload.</summary>
    public static async Task<JsonElement> SubmitAsync(this IntakeApiFactory api, string? key, object input) =>
        (await api.PostAsync(key, "mutation($input: SubmitSuggestionInput!) { submitSuggestion(input: $input) { " + Payload + " } }", new { input }))
            .GetProperty("data").GetProperty("submitSuggestion");

    public static async Task<JsonElement> PostAsync(this IntakeApiFactory api, string? key, string query, object? variables = null)
    {
        using var client = api.CreateClient(key);
        using var response = await client.PostAsJsonAsync(GraphQLHttp.Path, new { query, variables });
        return await response.ReadJsonAsync();
    }

    public static string? ErrorType(this JsonElement payload) =>
        payload.GetProperty("errors").ValueKind == JsonValueKind.Null ? null : payload.GetProperty("errors")[0].GetProperty("__typename").GetString();
}
