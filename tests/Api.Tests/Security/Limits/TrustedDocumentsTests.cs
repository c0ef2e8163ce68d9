using PartyOrg.Api.Tests.Support;

namespace PartyOrg.Api.Tests.Security.Limits;

/// <summary>Mode Allow: a request names a trusted document by its hash, or sends a query text as usual.</summary>
public sealed class AllowTrustedDocumentsTests(AllowTrustedDocumentsApi api) : IClassFixture<AllowTrustedDocumentsApi>
{
    private static readonly string RegionId = TrustedDocumentsApi.Hash(TrustedDocumentsApi.RegionDocument);
    private static readonly string LeaguesId = TrustedDocumentsApi.Hash(TrustedDocumentsApi.LeaguesDocument);

    [Fact]
    public async Task A_documentId_in_a_POST_body_runs_the_document()
    {
        var data = (await api.PostAsync(new { documentId = RegionId })).Served();

        Assert.Equal("150000", data.GetProperty("region").Text("code"));
    }

    [Fact]
    public async Task A_documentId_runs_with_its_variables_and_operation_name()
    {
        var data = (await api.PostAsync(new { documentId = LeaguesId, operationName = "Leagues", variables = new { n = 2 } })).Served();

        Assert.Equal(2, data.GetProperty("leagues").GetProperty("nodes").GetArrayLength());
    }

    [Fact]
    public async Task A_documentId_in_a_GET_runs_the_document()
    {
        var region = (await api.GetAsync($"documentId={RegionId}")).Served();
        var leagues = (await api.GetAsync($"documentId={LeaguesId}&variables={Uri.EscapeDataString("""{"n":3}""")}")).Served();

        Assert.Equal("150000", region.GetProperty("region").Text("code"));
        Assert.Equal(3, leagues.GetProperty("leagues").GetProperty("nodes").GetArrayLength());
    }

    [Fact]
    public async Task An_apollo_persisted_query_hash_runs_the_document()
    {
        var data = (await api.PostAsync(new { extensions = new { persistedQuery = new { version = 1, sha256Hash = RegionId } } })).Served();

        Assert.Equal("150000", data.GetProperty("region").Text("code"));
    }

    [Theory]
    [InlineData("sha256:")]
    [InlineData("SHA256:")]
    public async Task A_documentId_with_the_sha256_prefix_runs_the_document(string prefix)
    {
        var data = (await api.PostAsync(new { documentId = prefix + RegionId })).Served();

        Assert.Equal("150000", data.GetProperty("region").Text("code"));
    }

    [Fact]
    public async Task Upper_case_hex_names_the_same_document()
    {
        var data = (await api.PostAsync(new { documentId = RegionId.ToUpperInvariant() })).Served();

        Assert.Equal("150000", data.GetProperty("region").Text("code"));
    }

    [Theory]
    [InlineData("0000000000000000000000000000000000000000000000000000000000000000")]
    [InlineData("sha256:ffff")]
    [InlineData("not a hash at all")]
    public async Task An_unknown_documentId_is_answered_HC0020_naming_it(string id)
    {
        var body = await api.PostAsync(new { documentId = id });

        var extensions = body.Refused("HC0020");
        Assert.Equal("The specified persisted operation key is invalid.", body.FirstErrorMessage());
        Assert.Equal(id, extensions.Text("requestedKey"));
    }

    [Fact]
    public async Task An_unknown_apollo_hash_is_answered_HC0020()
    {
        var body = await api.PostAsync(new { extensions = new { persistedQuery = new { version = 1, sha256Hash = new string('a', 64) } } });

        body.Refused("HC0020");
    }

    [Fact]
    public async Task A_query_text_still_runs()
    {
        var data = (await api.QueryAsync("{ region { name } }")).Served();

        Assert.Equal("内蒙古自治区", data.GetProperty("region").Text("name"));
    }
}

/// <summary>Mode Only: nothing but trusted documents runs.</summary>
public sealed class OnlyTrustedDocumentsTests(OnlyTrustedDocumentsApi api) : IClassFixture<OnlyTrustedDocumentsApi>
{
    [Theory]
    [InlineData(TrustedDocumentsApi.RegionDocument)]
    [InlineData("{ region { name } }")]
    public async Task A_query_text_is_refused_even_when_it_is_a_trusted_document(string query)
    {
        var body = await api.QueryAsync(query);

        body.Refused("ONLY_TRUSTED_DOCUMENTS");
        Assert.Equal("Only trusted documents are allowed: send a documentId (or extensions.persistedQuery.sha256Hash) instead of a query text.", body.FirstErrorMessage());
    }

    [Fact]
    public async Task A_query_text_in_a_GET_is_refused()
    {
        using var client = api.CreateClient();
        using var response = await client.SendAsync(GraphQLHttp.Get("{ region { code } }"));

        (await response.ReadJsonAsync()).Refused("ONLY_TRUSTED_DOCUMENTS");
    }

    [Fact]
    public async Task A_documentId_runs_by_POST_and_GET()
    {
        var id = TrustedDocumentsApi.Hash(TrustedDocumentsApi.RegionDocument);

        var posted = (await api.PostAsync(new { documentId = id })).Served();
        var got = (await api.GetAsync($"documentId=sha256:{id}")).Served();

        Assert.Equal("150000", posted.GetProperty("region").Text("code"));
        Assert.Equal("150000", got.GetProperty("region").Text("code"));
    }

    [Fact]
    public async Task An_apollo_persisted_query_hash_runs()
    {
        var id = TrustedDocumentsApi.Hash(TrustedDocumentsApi.LeaguesDocument);

        var data = (await api.PostAsync(new { variables = new { n = 1 }, extensions = new { persistedQuery = new { version = 1, sha256Hash = id } } })).Served();

        Assert.Equal(1, data.GetProperty("leagues").GetProperty("nodes").GetArrayLength());
    }

    [Fact]
    public async Task An_unknown_documentId_is_answered_HC0020()
    {
        var body = await api.PostAsync(new { documentId = new string('0', 64) });

        body.Refused("HC0020");
    }

    [Fact]
    public async Task Over_a_socket_a_query_text_gets_an_error_message()
    {
        await using var socket = await GraphQLSocket.OpenWithAuthorizationAsync(api, $"Bearer {api.ClientKey}");
        await socket.InitAsync();

        await socket.SubscribeAsync("text", "{ region { code } }");
        var error = await socket.ReceiveMessageAsync();

        Assert.Equal(("error", "text"), (error.Type(), error.Id()));
        Assert.Equal("ONLY_TRUSTED_DOCUMENTS", error.Payload()[0].Text("extensions", "code"));
    }

    [Fact]
    public async Task Over_a_socket_an_apollo_persisted_query_hash_runs_with_an_empty_query()
    {
        await using var socket = await GraphQLSocket.OpenWithAuthorizationAsync(api, $"Bearer {api.ClientKey}");
        await socket.InitAsync();
        var id = TrustedDocumentsApi.Hash(TrustedDocumentsApi.RegionDocument);

        await socket.SendAsync(new { id = "hash", type = "subscribe", payload = new { query = "", extensions = new { persistedQuery = new { version = 1, sha256Hash = id } } } });
        var next = await socket.ReceiveMessageAsync();

        Assert.Equal(("next", "hash"), (next.Type(), next.Id()));
        Assert.Equal("150000", next.Payload().Served().GetProperty("region").Text("code"));
    }
}
