using System.Net;
using PartyOrg.Api.Tests.Support;

namespace PartyOrg.Api.Tests.Transport.Http;

public sealed class HttpPostTests(ApiFactory api) : IClassFixture<ApiFactory>
{
    private const string RegionQuery = "{ region { code } }";

    [Fact]
    public async Task Post_json_query_answers_200_with_graphql_response_json()
    {
        using var client = api.CreateClient();

        using var response = await client.SendAsync(GraphQLHttp.PostQuery(RegionQuery));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(GraphQLHttp.GraphQLResponse, response.MediaType());
        var body = await response.ReadJsonAsync();
        Assert.Equal("150000", body.GetProperty("data").GetProperty("region").GetProperty("code").GetString());
    }

    [Fact]
    public async Task Malformed_json_body_is_400_invalid_json()
    {
        using var client = api.CreateClient();

        using var response = await client.SendAsync(GraphQLHttp.Post("{\"query\":"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("INVALID_JSON", (await response.ReadJsonAsync()).FirstErrorCode());
    }

    [Fact]
    public async Task Json_body_of_the_wrong_shape_is_400_invalid_request()
    {
        using var client = api.CreateClient();

        using var response = await client.SendAsync(GraphQLHttp.Post("{\"query\":\"{ region { code } }\",\"variables\":[1]}"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("INVALID_REQUEST", (await response.ReadJsonAsync()).FirstErrorCode());
    }

    [Fact]
    public async Task Body_without_query_is_400_missing_query()
    {
        using var client = api.CreateClient();

        using var response = await client.SendAsync(GraphQLHttp.Post("{\"variables\":{}}"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("MISSING_QUERY", (await response.ReadJsonAsync()).FirstErrorCode());
    }

    [Fact]
    public async Task Post_with_another_content_type_is_415()
    {
        using var client = api.CreateClient();

        using var response = await client.SendAsync(GraphQLHttp.Post(RegionQuery, contentType: "text/plain"));

        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
        Assert.Equal("UNSUPPORTED_MEDIA_TYPE", (await response.ReadJsonAsync()).FirstErrorCode());
    }

    [Fact]
    public async Task Unknown_field_is_400_with_a_validation_error()
    {
        using var client = api.CreateClient();

        using var response = await client.SendAsync(GraphQLHttp.PostQuery("{ region { population } }"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var body = await response.ReadJsonAsync();
        Assert.Equal("FIELDS_ON_CORRECT_TYPE", body.FirstErrorCode());
        Assert.Contains("population", body.FirstErrorMessage(), StringComparison.Ordinal);
        Assert.False(body.TryGetProperty("data", out _));
    }

    [Fact]
    public async Task Unparsable_document_is_400_syntax_error()
    {
        using var client = api.CreateClient();

        using var response = await client.SendAsync(GraphQLHttp.PostQuery("{ region { "));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("SYNTAX_ERROR", (await response.ReadJsonAsync()).FirstErrorCode());
    }

    [Fact]
    public async Task Body_over_one_mebibyte_is_413()
    {
        using var client = api.CreateClient();
        var padding = new string(' ', 1024 * 1024);

        using var response = await client.SendAsync(GraphQLHttp.Post($"{{\"query\":\"{RegionQuery}\"}}{padding}"));

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Equal("REQUEST_TOO_LARGE", (await response.ReadJsonAsync()).FirstErrorCode());
    }

    [Fact]
    public async Task Body_just_under_the_limit_is_executed()
    {
        using var client = api.CreateClient();
        var json = $"{{\"query\":\"{RegionQuery}\"}}";
        var padding = new string(' ', (1024 * 1024) - json.Length);

        using var response = await client.SendAsync(GraphQLHttp.Post(json + padding));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }
}
