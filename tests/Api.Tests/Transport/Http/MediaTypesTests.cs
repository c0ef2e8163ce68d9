using PartyOrg.Api.Transport.Http;

namespace PartyOrg.Api.Tests.Transport.Http;

public sealed class MediaTypesTests
{
    [Theory]
    [InlineData(null, MediaTypes.GraphQLResponse)]
    [InlineData("application/graphql-response+json", MediaTypes.GraphQLResponse)]
    [InlineData("application/json", MediaTypes.Json)]
    [InlineData("application/json, application/graphql-response+json", MediaTypes.GraphQLResponse)]
    [InlineData("application/graphql-response+json;q=0.5, application/json", MediaTypes.Json)]
    [InlineData("application/*", MediaTypes.GraphQLResponse)]
    [InlineData("text/html, */*;q=0.1", MediaTypes.GraphQLResponse)]
    [InlineData("text/html", null)]
    [InlineData("application/json;q=0", null)]
    public void Negotiate_picks_the_response_media_type(string? accept, string? expected)
    {
        Assert.Equal(expected, MediaTypes.Negotiate(accept));
    }

    [Theory]
    [InlineData("application/json", true)]
    [InlineData("application/json; charset=utf-8", true)]
    [InlineData("Application/JSON", true)]
    [InlineData("application/json; charset=latin1", false)]
    [InlineData("text/plain", false)]
    [InlineData(null, false)]
    public void Only_utf8_application_json_is_a_json_body(string? contentType, bool expected)
    {
        Assert.Equal(expected, MediaTypes.IsJson(contentType));
    }
}
