using System.Net;
using PartyOrg.Api.Tests.Support;

namespace PartyOrg.Api.Tests.Transport.Http;

public sealed class ContentNegotiationTests(ApiFactory api) : IClassFixture<ApiFactory>
{
    [Fact]
    public async Task Accept_application_json_gets_application_json()
    {
        using var client = api.CreateClient();

        using var response = await client.SendAsync(GraphQLHttp.PostQuery("{ region { code } }", accept: "application/json"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.MediaType());
    }

    [Fact]
    public async Task Validation_error_with_application_json_is_200_under_the_legacy_rule()
    {
        using var client = api.CreateClient();

        using var response = await client.SendAsync(GraphQLHttp.PostQuery("{ region { population } }", accept: "application/json"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("FIELDS_ON_CORRECT_TYPE", (await response.ReadJsonAsync()).FirstErrorCode());
    }

    [Fact]
    public async Task Malformed_body_with_application_json_is_still_400()
    {
        using var client = api.CreateClient();

        using var response = await client.SendAsync(GraphQLHttp.Post("{", accept: "application/json"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/json", response.MediaType());
    }

    [Fact]
    public async Task Accept_text_html_only_is_406()
    {
        using var client = api.CreateClient();

        using var response = await client.SendAsync(GraphQLHttp.PostQuery("{ region { code } }", accept: "text/html"));

        Assert.Equal(HttpStatusCode.NotAcceptable, response.StatusCode);
        Assert.Equal("NOT_ACCEPTABLE", (await response.ReadJsonAsync()).FirstErrorCode());
    }

    [Fact]
    public async Task Accept_any_gets_graphql_response_json()
    {
        using var client = api.CreateClient();

        using var response = await client.SendAsync(GraphQLHttp.PostQuery("{ region { code } }", accept: "*/*"));

        Assert.Equal(GraphQLHttp.GraphQLResponse, response.MediaType());
    }
}
