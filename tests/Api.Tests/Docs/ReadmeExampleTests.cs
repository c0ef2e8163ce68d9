using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using PartyOrg.Api.Commands;
using PartyOrg.Api.Tests.Support;

namespace PartyOrg.Api.Tests.Docs;

/// <summary>The API as a deployer runs it: the production request limits and rate limits, an admin key.</summary>
public sealed class DefaultLimitsApi : ApiFactory
{
    protected override bool DefaultLimits => true;
}

/// <summary>The README's example queries, run against the demo data within the default limits, answer exactly what the README prints.</summary>
public sealed partial class ReadmeExampleTests(DefaultLimitsApi api) : IClassFixture<DefaultLimitsApi>
{
    public static TheoryData<int> Examples => [.. Enumerable.Range(0, ReadExamples().Count)];

    [Fact]
    public void The_readme_shows_four_examples() => Assert.Equal(4, ReadExamples().Count);

    [Theory]
    [MemberData(nameof(Examples))]
    public async Task Readme_example_answers_as_printed(int index)
    {
        var (query, expected) = ReadExamples()[index];
        using var client = api.CreateClient();

        using var response = await client.SendAsync(GraphQLHttp.PostQuery(query));
        var actual = JsonNode.Parse((await response.ReadJsonAsync()).GetRawText());

        Assert.True(JsonNode.DeepEquals(JsonNode.Parse(expected), actual), $"README example {index + 1} answered:\n{actual}");
    }

    private static List<(string Query, string Response)> ReadExamples()
    {
        var root = RepositoryRoot.Find(AppContext.BaseDirectory) ?? throw new InvalidOperationException("Api.sln not found above the test folder.");
        var readme = File.ReadAllText(Path.Combine(root, "README.md"));
        return [.. ExamplePair().Matches(readme).Select(m => (m.Groups["query"].Value, m.Groups["response"].Value))];
    }

    [GeneratedRegex("```graphql\\n(?<query>.*?)```\\s*```json\\n(?<response>.*?)```", RegexOptions.Singleline)]
    private static partial Regex ExamplePair();
}
