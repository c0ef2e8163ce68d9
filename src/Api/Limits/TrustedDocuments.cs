using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using GraphQL;
using GraphQL.Transport;
using PartyOrg.Api.Security;
using PartyOrg.Domain.Data;

namespace PartyOrg.Api.Limits;

/// <summary>How trusted documents are used: not at all, alongside query texts, or instead of them.</summary>
public enum TrustedDocumentMode
{
    Off,
    Allow,
    Only,
}

/// <summary>
/// Persisted operations: documents known by the SHA-256 of their text, loaded once at start from a JSON object
/// <c>{ "&lt;hash&gt;": "query …" }</c> (the format Relay and GraphQL Code Generator write). Every entry's hash is
/// checked against its text, so a mistyped manifest stops the start instead of serving the wrong operation.
/// </summary>
public sealed class TrustedDocuments
{
    private readonly Dictionary<string, string> _documents;

    private TrustedDocuments(TrustedDocumentMode mode, Dictionary<string, string> documents)
    {
        Mode = mode;
        _documents = documents;
    }

    public TrustedDocumentMode Mode { get; }

    public int Count => _documents.Count;

    public static TrustedDocuments Load(TrustedDocumentOptions options, string contentRoot)
    {
        if (!Enum.TryParse<TrustedDocumentMode>(options.Mode, ignoreCase: true, out var mode) || !Enum.IsDefined(mode))
        {
            throw new ConfigurationException($"Security:TrustedDocuments:Mode must be Off, Allow or Only, got '{options.Mode}'.");
        }

        if (mode == TrustedDocumentMode.Off)
        {
            return new TrustedDocuments(mode, []);
        }

        if (string.IsNullOrWhiteSpace(options.Path))
        {
            throw new ConfigurationException($"Security:TrustedDocuments:Mode is {mode}: Security:TrustedDocuments:Path must name the JSON file of trusted documents.");
        }

        var path = System.IO.Path.GetFullPath(options.Path, contentRoot);
        Dictionary<string, string>? entries;
        try
        {
            entries = JsonSerializer.Deserialize<Dictionary<string, string>>(File.ReadAllText(path));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or JsonException)
        {
            throw new ConfigurationException($"The trusted documents file '{path}' cannot be read as a JSON object from hash to document: {e.Message}");
        }

        var documents = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var (key, text) in entries ?? [])
        {
            var hash = Normalize(key);
            if (text is null || !string.Equals(hash, Hash(text), StringComparison.OrdinalIgnoreCase))
            {
                throw new ConfigurationException($"The trusted documents file '{path}' lists '{key}', which is not the SHA-256 of its document.");
            }

            documents[hash] = text;
        }

        return new TrustedDocuments(mode, documents);
    }

    public static string Hash(string document) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(document)));

    /// <summary>
    /// The document the request runs: its text, or the trusted document its <c>documentId</c> (or Apollo-style
    /// <c>extensions.persistedQuery.sha256Hash</c>) names; or the coded error why not.
    /// </summary>
    public (string? Query, ExecutionError? Error) Resolve(GraphQLRequest request)
    {
        var id = request.DocumentId ?? PersistedQueryHash(request.Extensions);
        if (id is null)
        {
            return Mode == TrustedDocumentMode.Only ? (null, LimitErrors.OnlyTrustedDocuments()) : (request.Query, null);
        }

        if (Mode == TrustedDocumentMode.Off || !_documents.TryGetValue(Normalize(id), out var document))
        {
            return (null, LimitErrors.PersistedOperationNotFound(id));
        }

        return (document, null);
    }

    private static string Normalize(string id) => id.StartsWith("sha256:", StringComparison.OrdinalIgnoreCase) ? id[7..] : id;

    private static string? PersistedQueryHash(Inputs? extensions) =>
        extensions is not null && extensions.TryGetValue("persistedQuery", out var value) && value is IDictionary<string, object?> persisted
            && persisted.TryGetValue("sha256Hash", out var hash) && hash is string text
            ? text
            : null;
}
