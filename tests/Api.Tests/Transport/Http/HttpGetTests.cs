using System.Net;
using PartyOrg.Api.Tests.Support;

namespace PartyOrg.Api.Tests.Transport.Http;

public sealed class HttpGetTests(ApiFactory api) : IClassFixture<ApiFactory>
{
    [Fact]
    public async Task Get_query_answers_200_with_data()
    {
        using var client = api.CreateClient();

        using var response = await client.SendAsync(GraphQLHttp.Get("{ region { nameEn } }"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(GraphQLHttp.GraphQLResponse, response.MediaType());
        var region = (await response.ReadJsonAsync()).GetProperty("data").GetProperty("region");
        Assert.Equal("Inner Mongolia Autonomous Region", region.GetProperty("nameEn").GetString());
    }

    [Fact]
    public async Task Get_query_with_variables_and_operation_name_is_executed()
    {
        using var client = api.CreateClient();
        var query = Uri.EscapeDataString("query A { region { code } } query B($withName: Boolean!) { region { name @include(if: $withName) } }");
        var variables = Uri.EscapeDataString("{\"withName\":true}");

        using var response = await client.GetAsync(new Uri($"{GraphQLHttp.Path}?query={query}&operationName=B&variables={variables}", UriKind.Relative));

        var region = (await response.ReadJsonAsync()).GetProperty("data").GetProperty("region");
        Assert.Equal("内蒙古自治区", region.GetProperty("name").GetString());
    }

    [Fact]
    public async Task Get_mutation_is_405_with_allow_post()
    {
        using var client = api.CreateClient();

        using var response = await client.SendAsync(GraphQLHttp.Get("mutation { region { code } }"));

        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
        Assert.Equal(["POST"], response.Content.Headers.Allow);
        Assert.Equal("MUTATION_OVER_GET", (await response.ReadJsonAsync()).FirstErrorCode());
    }

    [Fact]
    public async Task Get_without_query_is_400_missing_query()
    {
        using var client = api.CreateClient();

        using var response = await client.GetAsync(new Uri(GraphQLHttp.Path, UriKind.Relative));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("MISSING_QUERY", (await response.ReadJsonAsync()).FirstErrorCode());
    }

    [Fact]
    public async Task Get_with_malformed_variables_is_400_invalid_json()
    {
        using var client = api.CreateClient();
        var query = Uri.EscapeDataString("{ region { code } }");

        using var response = await client.GetAsync(new Uri($"{GraphQLHttp.Path}?query={query}&variables=%7Bbad", UriKind.Relative));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("INVALID_JSON", (await response.ReadJsonAsync()).FirstErrorCode());
    }

    [Fact]
    public async Task Get_sdl_returns_the_printed_schema_as_text()
    {
        using var client = api.CreateClient();

        using var response = await client.GetAsync(new Uri($"{GraphQLHttp.Path}?sdl", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/plain", response.MediaType());
        var sdl = await response.Content.ReadAsStringAsync();
        Assert.Contains("type Region implements Node & Division {", sdl, StringComparison.Ordinal);
        Assert.Contains("region: Region", sdl, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Put_is_405_listing_get_and_post()
    {
        using var client = api.CreateClient();

        using var response = await client.PutAsync(new Uri(GraphQLHttp.Path, UriKind.Relative), content: null);

        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
        Assert.Equal(["GET", "POST"], response.Content.Headers.Allow.Order());
    }
}
