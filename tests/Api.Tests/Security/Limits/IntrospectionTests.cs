using System.Net;
using System.Text.Json;
using PartyOrg.Api.Tests.Support;
using PartyOrg.Domain.Security;

namespace PartyOrg.Api.Tests.Security.Limits;

/// <summary>The service in Production with a dashboard key and introspection left to its default.</summary>
public sealed class ProductionApi : ApiFactory
{
    protected override string EnvironmentName => "Production";

    protected override Role? ClientRole => Role.Dashboard;
}

/// <summary>In Production introspection is off unless configured: HC0046 for <c>__schema</c> and <c>__type</c>, 403 for the SDL; admin keys excepted.</summary>
public sealed class IntrospectionTests(ProductionApi api) : IClassFixture<ProductionApi>
{
    public const string Schema = "{ __schema { queryType { name } } }";

    public static TheoryData<string> Introspecting =>
    [
        Schema,
        """{ __type(name: "Region") { name } }""",
        "{ region { code } ...F } fragment F on Query { __schema { types { name } } }",
        "query { ... on Query { __type(name: \"Query\") { fields { name } } } }",
    ];

    [Theory]
    [MemberData(nameof(Introspecting))]
    public async Task Introspection_is_refused_HC0046_before_anything_runs(string query)
    {
        using var client = api.CreateClient();
        using var response = await client.SendAsync(GraphQLHttp.PostQuery(query, GraphQLHttp.GraphQLResponse));
        var body = await response.ReadJsonAsync();

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        body.Refused("HC0046");
        Assert.Equal("Introspection is not allowed for the current request.", body.FirstErrorMessage());
    }

    [Fact]
    public async Task Typename_is_no_introspection()
    {
        var data = (await api.QueryAsync("{ __typename region { __typename code } }")).Served();

        Assert.Equal("Query", data.Text("__typename"));
        Assert.Equal("Region", data.GetProperty("region").Text("__typename"));
    }

    [Fact]
    public async Task The_sdl_is_refused_403()
    {
        using var client = api.CreateClient();
        using var response = await client.GetAsync("/graphql?sdl");

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal("HC0046", (await response.ReadJsonAsync()).FirstErrorCode());
    }

    [Fact]
    public async Task An_admin_key_may_introspect()
    {
        var body = await api.QueryAsAsync(api.Key(Role.Admin), Schema);

        Assert.Equal("Query", body.Served().GetProperty("__schema").GetProperty("queryType").Text("name"));
    }

    [Fact]
    public async Task An_admin_key_may_read_the_sdl()
    {
        using var client = api.CreateClient(api.Key(Role.Admin));
        using var response = await client.GetAsync("/graphql?sdl");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("type Query {", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Anonymous_callers_are_refused_too()
    {
        var body = await api.QueryAsAsync(null, Schema);

        body.Refused("HC0046");
    }

    [Fact]
    public async Task Introspection_is_refused_over_a_socket_with_an_error_message()
    {
        await using var socket = await GraphQLSocket.OpenWithAuthorizationAsync(api, $"Bearer {api.Key(Role.Partner)}");
        await socket.InitAsync();

        await socket.SubscribeAsync("1", Schema);
        var error = await socket.ReceiveMessageAsync();

        Assert.Equal("error", error.GetProperty("type").GetString());
        Assert.Equal("HC0046", error.GetProperty("payload")[0].Text("extensions", "code"));
    }
}

/// <summary>Production with <c>Security:Introspection=true</c>.</summary>
public sealed class ProductionIntrospectionApi : ApiFactory
{
    protected override string EnvironmentName => "Production";

    protected override Role? ClientRole => Role.Dashboard;

    protected override IEnumerable<KeyValuePair<string, string>> Settings => [new("Security:Introspection", "true")];
}

/// <summary>Development with <c>Security:Introspection=false</c>.</summary>
public sealed class DevelopmentWithoutIntrospectionApi : ApiFactory
{
    protected override Role? ClientRole => Role.Dashboard;

    protected override IEnumerable<KeyValuePair<string, string>> Settings => [new("Security:Introspection", "false")];
}

/// <summary>Configuration overrides the environment's default in both directions; Development's default is on.</summary>
public sealed class IntrospectionSwitchTests(ProductionIntrospectionApi production, DevelopmentWithoutIntrospectionApi development, AnonymousApi anonymousDevelopment)
    : IClassFixture<ProductionIntrospectionApi>, IClassFixture<DevelopmentWithoutIntrospectionApi>, IClassFixture<AnonymousApi>
{
    [Fact]
    public async Task Configured_on_in_Production_a_dashboard_key_may_introspect()
    {
        var data = (await production.QueryAsync(IntrospectionTests.Schema)).Served();
        using var client = production.CreateClient();
        using var sdl = await client.GetAsync("/graphql?sdl");

        Assert.Equal("Query", data.GetProperty("__schema").GetProperty("queryType").Text("name"));
        Assert.Equal(HttpStatusCode.OK, sdl.StatusCode);
    }

    [Fact]
    public async Task Development_lets_anyone_introspect_by_default()
    {
        var data = (await anonymousDevelopment.QueryAsync("""{ __type(name: "Region") { name } }""")).Served();
        using var client = anonymousDevelopment.CreateClient();
        using var sdl = await client.GetAsync("/graphql?sdl");

        Assert.Equal("Region", data.GetProperty("__type").Text("name"));
        Assert.Equal(HttpStatusCode.OK, sdl.StatusCode);
    }

    [Fact]
    public async Task Configured_off_in_Development_introspection_is_refused()
    {
        var body = await development.QueryAsync(IntrospectionTests.Schema);
        using var client = development.CreateClient();
        using var sdl = await client.GetAsync("/graphql?sdl");

        body.Refused("HC0046");
        Assert.Equal(HttpStatusCode.Forbidden, sdl.StatusCode);
        Assert.Equal(JsonValueKind.Object, (await development.QueryAsAsync(development.Key(Role.Admin), IntrospectionTests.Schema)).Served().ValueKind);
    }
}
