using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using PartyOrg.Api.Limits;
using PartyOrg.Api.Tests.Support;

namespace PartyOrg.Api.Tests.Security.Limits;

/// <summary>A host with a trusted-documents file of two documents (one listed with a <c>sha256:</c> prefix) in the given mode.</summary>
public abstract class TrustedDocumentsApi : ApiFactory
{
    public const string RegionDocument = "{ region { code } }";
    public const string LeaguesDocument = "query Leagues($n: Int) { leagues(first: $n) { nodes { code } } }";

    private readonly string _mode;

    protected TrustedDocumentsApi(string mode)
    {
        _mode = mode;
        var documents = new Dictionary<string, string> { [Hash(RegionDocument)] = RegionDocument, ["sha256:" + Hash(LeaguesDocument)] = LeaguesDocument };
        File.WriteAllText(FilePath, JsonSerializer.Serialize(documents));
    }

    public string FilePath => Path.Combine(DataDirectory, "trusted-documents.json");

    protected override IEnumerable<KeyValuePair<string, string>> Settings =>
        [new("Security:TrustedDocuments:Mode", _mode), new("Security:TrustedDocuments:Path", FilePath)];

    /// <summary>The lower-case hex SHA-256 of a document's UTF-8 text: its id.</summary>
    public static string Hash(string document) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(document)));

    /// <summary>POSTs this JSON body and returns the answer's body.</summary>
    public async Task<JsonElement> PostAsync(object body)
    {
        using var client = CreateClient();
        using var response = await client.PostAsJsonAsync(GraphQLHttp.Path, body);
        return await response.ReadJsonAsync();
    }

    /// <summary>GETs /graphql with this query string and returns the answer's body.</summary>
    public async Task<JsonElement> GetAsync(string queryString)
    {
        using var client = CreateClient();
        using var response = await client.GetAsync($"{GraphQLHttp.Path}?{queryString}");
        return await response.ReadJsonAsync();
    }
}

public sealed class AllowTrustedDocumentsApi() : TrustedDocumentsApi("Allow");

public sealed class OnlyTrustedDocumentsApi() : TrustedDocumentsApi("Only");
