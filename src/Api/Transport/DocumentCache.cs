using System.Collections.Concurrent;
using GraphQL;
using GraphQLParser.AST;
using PartyOrg.Api.Limits;

namespace PartyOrg.Api.Transport;

/// <summary>
/// A document as <see cref="GraphQLExecution"/> prepared it: parsed, its operation chosen and the shape limits
/// checked (all read from the text alone), and, once one execution has passed validation, what that proved.
/// </summary>
/// <param name="Document">The parsed document; null when it does not parse (execution then reports the syntax error).</param>
/// <param name="Operation">The operation the request names (or the only one); null when there is none such.</param>
/// <param name="Refusal">The shape limit the document exceeds, if any: it is refused before validation.</param>
/// <param name="Hash">The document's SHA-256 as trusted documents name it (telemetry's <c>graphql.document.hash</c>).</param>
public sealed record PreparedDocument(GraphQLDocument? Document, GraphQLOperationDefinition? Operation, ExecutionError? Refusal, string Hash)
{
    /// <summary>Whether the document passed every rule that reads the document alone (so they need not run again).</summary>
    public bool Validated { get; init; }

    /// <summary>The operation's cost when it reads no variables (so it is the same every time); null when unknown or variable.</summary>
    public OperationCost? Cost { get; init; }

    /// <summary>Whether the operation declares variables: its page sizes, hence its cost, may change from request to request.</summary>
    public bool HasVariables => Operation?.Variables?.Items.Count > 0;
}

/// <summary>
/// Prepared documents keyed by their text (a trusted document by the text its hash names, so both share an entry),
/// the operation name and whether the caller is an admin (the one caller fact a validation rule reads: introspection). Only documents up to <see cref="MaxLength"/> characters are kept, at most
/// <see cref="MaxEntries"/> of them: past that the cache is emptied, so a stream of distinct documents costs
/// what it cost without a cache and holds a bounded amount of memory.
/// </summary>
public sealed class DocumentCache
{
    public const int MaxEntries = 512;
    public const int MaxLength = 8 * 1024;

    private readonly ConcurrentDictionary<(string Query, string? OperationName, bool Admin), PreparedDocument> _entries = new();

    public int Count => _entries.Count;

    /// <summary>The prepared document for this text and operation name, prepared by <paramref name="prepare"/> on a miss.</summary>
    public PreparedDocument GetOrPrepare(string query, string? operationName, bool admin, Func<string, string?, PreparedDocument> prepare)
    {
        if (query.Length > MaxLength)
        {
            return prepare(query, operationName);
        }

        if (_entries.TryGetValue((query, operationName, admin), out var cached))
        {
            return cached;
        }

        var prepared = prepare(query, operationName);
        if (_entries.Count >= MaxEntries)
        {
            _entries.Clear();
        }

        return _entries.GetOrAdd((query, operationName, admin), prepared);
    }

    /// <summary>Records that <paramref name="prepared"/> passed validation, with its cost when that cannot change.</summary>
    public void Validated(string query, string? operationName, bool admin, PreparedDocument prepared, OperationCost? cost)
    {
        if (query.Length <= MaxLength)
        {
            _entries.TryUpdate((query, operationName, admin), prepared with { Validated = true, Cost = prepared.HasVariables ? null : cost }, prepared);
        }
    }
}
