using GraphQL;
using GraphQL.Validation;
using GraphQLParser;
using GraphQLParser.AST;

namespace PartyOrg.Api.Limits;

/// <summary>The coded refusals of the request limits: Hot Chocolate's codes and shapes where it has them, each naming the limit and the actual value.</summary>
public static class LimitErrors
{
    public const string DepthCode = "MAX_EXECUTION_DEPTH_EXCEEDED";
    public const string CostCode = "HC0047";
    public const string AliasesCode = "MAX_ALIASES_EXCEEDED";
    public const string RootFieldsCode = "MAX_ROOT_FIELDS_EXCEEDED";
    public const string FieldsCode = "MAX_FIELDS_EXCEEDED";
    public const string NodesCode = "MAX_DOCUMENT_NODES_EXCEEDED";
    public const string IntrospectionCode = "HC0046";
    public const string TimeoutCode = "HC0045";
    public const string RateLimitedCode = "RATE_LIMITED";
    public const string PersistedOperationNotFoundCode = "HC0020";
    public const string OnlyTrustedDocumentsCode = "ONLY_TRUSTED_DOCUMENTS";

    public static ExecutionError Depth(int depth, int max) => Coded(DepthCode,
        $"The GraphQL document has an execution depth of {depth} which exceeds the max allowed execution depth of {max}.",
        ("allowedExecutionDepth", max), ("detectedExecutionDepth", depth));

    public static ExecutionError Aliases(double aliases, int max) => Coded(AliasesCode,
        $"The operation uses {aliases:0} aliases (fragments expanded), more than the {max} allowed.",
        ("aliases", aliases), ("maxAliases", max));

    public static ExecutionError RootFields(double fields, int max) => Coded(RootFieldsCode,
        $"The operation selects {fields:0} root fields, more than the {max} allowed.",
        ("rootFields", fields), ("maxRootFields", max));

    public static ExecutionError Fields(double fields, int max) => Coded(FieldsCode,
        $"The operation selects {fields:0} fields once its fragments are expanded, more than the {max} allowed.",
        ("fields", fields), ("maxFields", max));

    public static ExecutionError Nodes(int nodes, int max) => Coded(NodesCode,
        $"The document has {nodes} syntax nodes (definitions, variables, fields, arguments, directives, fragments), more than the {max} allowed.",
        ("nodes", nodes), ("maxNodes", max));

    public static ExecutionError Timeout(TimeSpan timeout) => Coded(TimeoutCode,
        $"The request exceeded the configured timeout of `{timeout:c}`.", ("timeout", timeout.ToString("c")));

    public static ExecutionError Introspection() => Coded(IntrospectionCode,
        "Introspection is not allowed for the current request.");

    public static ExecutionError RateLimited(int limit, string per, int retryAfterSeconds) => Coded(RateLimitedCode,
        $"Too many requests: the limit is {limit} a minute {per}. Retry after {retryAfterSeconds} s.",
        ("limit", limit), ("windowSeconds", 60), ("retryAfterSeconds", retryAfterSeconds));

    public static ExecutionError PersistedOperationNotFound(string id) => Coded(PersistedOperationNotFoundCode,
        "The specified persisted operation key is invalid.", ("requestedKey", id.Length > 100 ? id[..100] : id));

    public static ExecutionError OnlyTrustedDocuments() => Coded(OnlyTrustedDocumentsCode,
        "Only trusted documents are allowed: send a documentId (or extensions.persistedQuery.sha256Hash) instead of a query text.");

    /// <summary>A validation error: the request is not executed (400 with graphql-response+json).</summary>
    public static ValidationError Invalid(ROM source, ASTNode? node, string code, string message, params (string Key, object? Value)[] extensions)
    {
        var error = node is null ? new ValidationError(message) : new ValidationError(source, null!, message, node);
        error.Code = code;
        foreach (var (key, value) in extensions)
        {
            error.AddExtension(key, value);
        }

        return error;
    }

    private static ExecutionError Coded(string code, string message, params (string Key, object? Value)[] extensions)
    {
        var error = new ExecutionError(message) { Code = code };
        foreach (var (key, value) in extensions)
        {
            error.AddExtension(key, value);
        }

        return error;
    }
}
