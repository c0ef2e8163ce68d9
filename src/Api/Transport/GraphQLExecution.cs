using GraphQL;
using GraphQL.Execution;
using GraphQL.Transport;
using GraphQL.Types;
using GraphQL.Validation;
using GraphQLParser;
using GraphQLParser.AST;
using GraphQLParser.Exceptions;
using Microsoft.Extensions.Options;
using PartyOrg.Api.Limits;
using PartyOrg.Api.Querying.Paging;
using PartyOrg.Api.Security;
using PartyOrg.Api.Telemetry;
using PartyOrg.Api.Transport.Http;
using PartyOrg.Domain.Security;

namespace PartyOrg.Api.Transport;

/// <summary>Whether a request wants its estimated cost reported beside the result (<c>GraphQL-Cost: report</c>).</summary>
public enum CostMode
{
    None,
    Report,
}

/// <summary>One request as a transport hands it over: who sent it, from where, and what the transport adds.</summary>
public sealed record ExecutionRequest(GraphQLRequest Request, Caller Caller, IServiceProvider Services, CancellationToken CancellationToken)
{
    public bool IsGet { get; init; }

    public CostMode Cost { get; init; }

    /// <summary>Whether the transport delivers a stream of results (WebSocket, SSE, multipart); one that answers once (plain JSON) is refused subscriptions before they run.</summary>
    public bool CanStream { get; init; }

    /// <summary>Entries the transport puts in the user context (the WebSocket connection, for instance).</summary>
    public IDictionary<string, object?>? UserContext { get; init; }

    public System.Security.Claims.ClaimsPrincipal? User { get; init; }

    /// <summary>The operation's telemetry, when the transport started it (to record refusals before execution too); else execution starts its own.</summary>
    public OperationTelemetry? Telemetry { get; init; }
}

/// <summary>
/// Runs a GraphQL request the same way for every transport: the trusted-document lookup, the shape limits
/// read from the syntax alone (depth, fields, aliases, root fields), then validation with cost analysis and
/// the introspection switch, then execution under the timeout. Everything refused is refused before it runs.
/// </summary>
public sealed class GraphQLExecution(
    IDocumentExecuter<ISchema> executer,
    SecurityOptions security,
    TrustedDocuments trusted,
    DocumentCache documents,
    IOptions<PagingOptions> paging,
    OperationTelemetryFactory telemetry,
    ExecutionDeadlines deadlines,
    IHostEnvironment? environment = null)
{
    public const string SubscriptionNeedsStreamCode = "SUBSCRIPTION_NEEDS_WEBSOCKET";
    private const string SubscriptionNeedsStream = "Subscriptions are served over WebSocket (graphql-transport-ws at /graphql) or as an HTTP stream (Accept: text/event-stream, or multipart/mixed;subscriptionSpec=\"1.0\"); a plain JSON request answers queries and mutations.";

    private static readonly ParserOptions Parsing = new() { Ignore = IgnoreOptions.Comments };

    private readonly IValidationRule[] _rules = Rules(security, paging.Value, environment, get: false);
    private readonly IValidationRule[] _getRules = Rules(security, paging.Value, environment, get: true);
    private readonly IValidationRule[] _validatedRulesWithVariables = [new OperationCostRule(security.Limits, paging.Value)];
    private readonly IValidationRule[] _validatedGetRulesWithVariables = [new OperationCostRule(security.Limits, paging.Value), MutationOverGetRule.Instance];
    private static readonly IValidationRule[] ValidatedGetRules = [MutationOverGetRule.Instance];

    public bool IntrospectionAllowed => security.Introspection ?? environment?.IsDevelopment() ?? false;

    /// <summary>Runs the request; its telemetry (span, metrics, log line) is finished with the result.</summary>
    public async Task<ExecutionResult> ExecuteAsync(ExecutionRequest request)
    {
        if (request.Telemetry is { } started)
        {
            return await ExecuteAsync(request, started);
        }

        using var own = telemetry.Start("internal", request.Caller.KeyId);
        return await ExecuteAsync(request, own);
    }

    private async Task<ExecutionResult> ExecuteAsync(ExecutionRequest request, OperationTelemetry operation)
    {
        var result = await RunAsync(request, operation);
        operation.Finish(result);
        return result;
    }

    private async Task<ExecutionResult> RunAsync(ExecutionRequest request, OperationTelemetry operationTelemetry)
    {
        var (query, refusal) = trusted.Resolve(request.Request);
        if (refusal is not null)
        {
            return new ExecutionResult { Errors = [refusal] };
        }

        if (string.IsNullOrWhiteSpace(query))
        {
            return new ExecutionResult { Errors = [new ExecutionError("The request has no GraphQL document: send it in 'query'.") { Code = "MISSING_QUERY" }] };
        }

        var prepared = documents.GetOrPrepare(query, request.Request.OperationName, request.Caller.Role == Role.Admin, Prepare);
        operationTelemetry.Describe(prepared.Operation is { } operation ? TypeName(operation.Operation) : null, prepared.Operation?.Name?.StringValue, prepared.Hash);
        if (prepared.Refusal is { } refused)
        {
            return new ExecutionResult { Errors = [refused] };
        }

        var streams = prepared.Operation?.Operation == OperationType.Subscription;
        if (streams && !request.CanStream)
        {
            return new ExecutionResult { Errors = [new ExecutionError(SubscriptionNeedsStream) { Code = SubscriptionNeedsStreamCode }] };
        }

        var userContext = new Dictionary<string, object?>(request.UserContext ?? new Dictionary<string, object?>(StringComparer.Ordinal), StringComparer.Ordinal)
        {
            [Caller.UserContextKey] = request.Caller,
        };
        if (prepared.Cost is { } knownCost)
        {
            userContext[OperationCost.UserContextKey] = knownCost;
        }

        // Subscriptions run as long as their subscriber stays; everything else under the execution timeout.
        var deadline = streams ? CancellationToken.None : deadlines.Start();
        using var linked = deadline.CanBeCanceled && request.CancellationToken.CanBeCanceled
            ? CancellationTokenSource.CreateLinkedTokenSource(request.CancellationToken, deadline)
            : null;
        ExecutionResult result;
        try
        {
            result = await executer.ExecuteAsync(Options(request, query, prepared, userContext, linked?.Token ?? (deadline.CanBeCanceled ? deadline : request.CancellationToken)));
        }
        catch (OperationCanceledException) when (deadline.IsCancellationRequested && !request.CancellationToken.IsCancellationRequested)
        {
            result = new ExecutionResult { Errors = [LimitErrors.Timeout(deadlines.Timeout)] };
        }

        if (!prepared.Validated && result.Executed)
        {
            documents.Validated(query, request.Request.OperationName, request.Caller.Role == Role.Admin, prepared, userContext.GetValueOrDefault(OperationCost.UserContextKey) as OperationCost);
        }

        return Finish(result, request.Cost, userContext, operationTelemetry);
    }

    private ExecutionOptions Options(ExecutionRequest request, string query, PreparedDocument prepared, Dictionary<string, object?> userContext, CancellationToken cancellationToken) =>
        new()
        {
            Query = query,
            Document = prepared.Document,
            OperationName = request.Request.OperationName,
            Variables = request.Request.Variables,
            Extensions = request.Request.Extensions,
            RequestServices = request.Services,
            User = request.User ?? new System.Security.Claims.ClaimsPrincipal(),
            UserContext = userContext,
            ValidationRules = RulesFor(prepared, request.IsGet),
            CancellationToken = cancellationToken,
        };

    private static string TypeName(OperationType type) => type switch
    {
        OperationType.Mutation => "mutation",
        OperationType.Subscription => "subscription",
        _ => "query",
    };

    /// <summary>
    /// Every rule for a document not yet validated. Once validated, only the rules that read the request: the cost
    /// (page sizes) when the operation has variables, and the method rule for GET.
    /// </summary>
    private IValidationRule[] RulesFor(PreparedDocument prepared, bool isGet) =>
        !prepared.Validated ? (isGet ? _getRules : _rules)
        : prepared.HasVariables ? (isGet ? _validatedGetRulesWithVariables : _validatedRulesWithVariables)
        : isGet ? ValidatedGetRules : [];

    /// <summary>The document parsed once, its operation chosen and the shape limits read from the syntax alone.</summary>
    private PreparedDocument Prepare(string query, string? operationName)
    {
        var document = TryParse(query);
        if (document is null)
        {
            return new PreparedDocument(null, null, null, TrustedDocuments.Hash(query));
        }

        if (DocumentShape.Nodes(document) is var nodes && nodes > security.Limits.MaxDocumentNodes)
        {
            return new PreparedDocument(document, null, LimitErrors.Nodes(nodes, security.Limits.MaxDocumentNodes), TrustedDocuments.Hash(query));
        }

        var operation = DocumentShape.Operation(document, operationName);
        return new PreparedDocument(document, operation, operation is null ? null : Shape(document, operation), TrustedDocuments.Hash(query));
    }

    /// <summary>The result as the client sees it: the cost is recorded, and reported when asked for.</summary>
    private static ExecutionResult Finish(ExecutionResult result, CostMode costMode, Dictionary<string, object?> userContext, OperationTelemetry operationTelemetry)
    {
        if (userContext.TryGetValue(OperationCost.UserContextKey, out var computed) && computed is OperationCost operationCost)
        {
            operationTelemetry.Cost(operationCost.FieldCost, operationCost.TypeCost);
        }

        if (costMode != CostMode.None && userContext.TryGetValue(OperationCost.UserContextKey, out var value) && value is OperationCost cost)
        {
            result.Extensions ??= new Dictionary<string, object?>(StringComparer.Ordinal);
            result.Extensions["operationCost"] = new Dictionary<string, object?>(StringComparer.Ordinal) { ["fieldCost"] = cost.FieldCost, ["typeCost"] = cost.TypeCost };
        }

        return result;
    }

    /// <summary>The document, parsed once here so the limits can read it; null when it does not parse (execution then reports the syntax error).</summary>
    private static GraphQLDocument? TryParse(string query)
    {
        try
        {
            return Parser.Parse(query, Parsing);
        }
        catch (GraphQLParserException)
        {
            return null;
        }
    }

    private ExecutionError? Shape(GraphQLDocument document, GraphQLOperationDefinition operation)
    {
        var limits = security.Limits;
        var shape = DocumentShape.Measure(document, operation);
        return shape.Fields > limits.MaxFields ? LimitErrors.Fields(shape.Fields, limits.MaxFields)
            : shape.Depth > limits.MaxDepth ? LimitErrors.Depth(shape.Depth, limits.MaxDepth)
            : shape.Aliases > limits.MaxAliases ? LimitErrors.Aliases(shape.Aliases, limits.MaxAliases)
            : shape.RootFields > limits.MaxRootFields ? LimitErrors.RootFields(shape.RootFields, limits.MaxRootFields)
            : null;
    }

    private static IValidationRule[] Rules(SecurityOptions security, PagingOptions paging, IHostEnvironment? environment, bool get)
    {
        List<IValidationRule> rules = [.. DocumentValidator.CoreRules, new OperationCostRule(security.Limits, paging)];
        if (!(security.Introspection ?? environment?.IsDevelopment() ?? false))
        {
            rules.Add(IntrospectionRule.Instance);
        }

        if (get)
        {
            rules.Add(MutationOverGetRule.Instance);
        }

        return [.. rules];
    }
}
