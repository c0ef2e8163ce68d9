using System.Globalization;
using System.Text;
using System.Text.Json;
using PartyOrg.Api.Tests.Support;

namespace PartyOrg.Api.Tests.Schema.RealData;

/// <summary><c>node(id:)</c> gives back what an ID was read from, for every type that has one.</summary>
public sealed class NodeTests(ApiFactory api) : IClassFixture<ApiFactory>
{
    private const string Chahar = "division(code: \"150902008022\") { ... on Village { branches(first: 1) { nodes { id name";

    /// <summary>Per type: a query reaching one object's <c>id</c> and <c>name</c>, and the path to it.</summary>
    private static readonly Dictionary<string, (string Query, string[] Path)> Sources = new()
    {
        ["Region"] = ("region { id name }", ["region"]),
        ["League"] = ("division(code: \"150900\") { id name }", ["division"]),
        ["Banner"] = ("division(code: \"150902\") { id name }", ["division"]),
        ["Township"] = ("division(code: \"150902008\") { id name }", ["division"]),
        ["Village"] = ("division(code: \"150902008022\") { id name }", ["division"]),
        ["Branch"] = (Chahar + " } } } }", ["division", "branches", "nodes", "0"]),
        ["Member"] = (Chahar + " members(first: 1) { nodes { id name } } } } } }", ["division", "branches", "nodes", "0", "members", "nodes", "0"]),
    };

    [Theory]
    [InlineData("Region")]
    [InlineData("League")]
    [InlineData("Banner")]
    [InlineData("Township")]
    [InlineData("Village")]
    [InlineData("Branch")]
    [InlineData("Member")]
    public async Task Node_gives_back_the_object_its_id_was_read_from(string type)
    {
        var (query, path) = Sources[type];
        var source = Walk(await api.QueryAsync($"{{ {query} }}"), path);
        var id = source.GetProperty("id").GetString();

        var node = (await api.QueryAsync(
            "query($id: ID!) { node(id: $id) { __typename id ... on Division { name } ... on Branch { name } ... on Member { name } } }", new { id }))
            .GetProperty("data").GetProperty("node");

        Assert.Equal(type, node.GetProperty("__typename").GetString());
        Assert.Equal(id, node.GetProperty("id").GetString());
        Assert.Equal(source.GetProperty("name").GetString(), node.GetProperty("name").GetString());
    }

    [Fact]
    public async Task Ids_are_base64_of_type_and_key_as_hot_chocolate_makes_them()
    {
        var body = await api.QueryAsync("{ division(code: \"150902008022\") { id } }");

        Assert.Equal(Convert.ToBase64String(Encoding.UTF8.GetBytes("Village:150902008022")), body.GetProperty("data").GetProperty("division").GetProperty("id").GetString());
    }

    [Theory]
    [InlineData("not base64!")]
    [InlineData("bm8gY29sb24=")]
    [InlineData("QnJhbmNoOmFiYw==")]
    public async Task Malformed_id_is_refused_with_INVALID_NODE_ID(string id)
    {
        var body = await api.QueryAsync("query($id: ID!) { node(id: $id) { id } }", new { id });

        Assert.Equal("INVALID_NODE_ID", body.FirstErrorCode());
    }

    private static JsonElement Walk(JsonElement body, string[] path) =>
        path.Aggregate(body.GetProperty("data"), (e, step) => int.TryParse(step, CultureInfo.InvariantCulture, out var index) ? e[index] : e.GetProperty(step));
}
