using System.Collections.Concurrent;
using System.Text;
using System.Text.Json;
using GraphQL;
using GraphQL.Execution;
using GraphQLParser.AST;
using PartyOrg.Api.Security;

namespace PartyOrg.Api.Schema;

/// <summary>
/// Runs a subscription's selection set once per event for every subscriber that would get the same answer: the same
/// parsed document (the transport's document cache hands every request with the same text the same one), operation,
/// variables and caller (role, scope, key and its pseudonym salt). Live subscribers read their events from the one
/// in-memory tail of the change log, so they hold the same event object; the first of them to reach it executes the
/// selection, the others wait for that result and send it too. A result with errors is never shared: each subscriber
/// then executes for itself, as without this strategy. Results are kept for the last <see cref="KeptEvents"/> events
/// and at most <see cref="MaxGroupsPerEvent"/> distinct answers per event; past that, subscribers execute for
/// themselves.
/// </summary>
public sealed class SharedEventExecution : SubscriptionExecutionStrategy
{
    public const int KeptEvents = 64;
    public const int MaxGroupsPerEvent = 512;

    private readonly Lock _gate = new();
    private readonly Dictionary<object, ConcurrentDictionary<Group, Lazy<Task<ExecutionResult>>>> _byEvent = new(ReferenceEqualityComparer.Instance);
    private readonly Queue<object> _order = new();
    private long _executions;
    private long _shared;

    /// <summary>Selection sets executed for events (including those no one shared).</summary>
    public long Executions => Interlocked.Read(ref _executions);

    /// <summary>Results handed to a subscriber without executing, because another subscriber's execution answered for it.</summary>
    public long Shared => Interlocked.Read(ref _shared);

    protected override async ValueTask<ExecutionResult> ProcessDataAsync(GraphQL.Execution.ExecutionContext context, ExecutionNode node, object? value)
    {
        if (value is null || value.GetType().IsValueType || GroupOf(context) is not { } group || ResultsFor(value) is not { } results)
        {
            return await ExecuteAsync(context, node, value);
        }

        if (!results.TryGetValue(group, out var entry))
        {
            if (results.Count >= MaxGroupsPerEvent)
            {
                return await ExecuteAsync(context, node, value);
            }

            var own = new Lazy<Task<ExecutionResult>>(() => ExecuteSharedAsync(context, node, value));
            entry = results.GetOrAdd(group, own);
            if (ReferenceEquals(entry, own))
            {
                var shareable = false;
                try
                {
                    var result = await own.Value;
                    shareable = IsShareable(result);
                    return result;
                }
                finally
                {
                    if (!shareable)
                    {
                        results.TryRemove(new KeyValuePair<Group, Lazy<Task<ExecutionResult>>>(group, own));
                    }
                }
            }
        }

        ExecutionResult sharedResult;
        try
        {
            sharedResult = await entry.Value;
        }
        catch (Exception) when (!context.CancellationToken.IsCancellationRequested)
        {
            // The execution that would have answered for this subscriber failed in its own context: answer for itself.
            return await ExecuteAsync(context, node, value);
        }

        if (!IsShareable(sharedResult))
        {
            return await ExecuteAsync(context, node, value);
        }

        Interlocked.Increment(ref _shared);
        return sharedResult;
    }

    private Task<ExecutionResult> ExecuteAsync(GraphQL.Execution.ExecutionContext context, ExecutionNode node, object? value)
    {
        Interlocked.Increment(ref _executions);
        return base.ProcessDataAsync(context, node, value).AsTask();
    }

    /// <summary>Executes for a group: a result that may be shared goes out as a <see cref="SharedEventResult"/>, serialised once.</summary>
    private async Task<ExecutionResult> ExecuteSharedAsync(GraphQL.Execution.ExecutionContext context, ExecutionNode node, object? value)
    {
        var result = await ExecuteAsync(context, node, value);
        return IsShareable(result) ? new SharedEventResult(result) : result;
    }

    private static bool IsShareable(ExecutionResult result) => result.Executed && result.Errors is not { Count: > 0 };

    /// <summary>The shared answers for one event, opening them for a new event and forgetting the oldest kept one.</summary>
    private ConcurrentDictionary<Group, Lazy<Task<ExecutionResult>>>? ResultsFor(object value)
    {
        lock (_gate)
        {
            if (_byEvent.TryGetValue(value, out var results))
            {
                return results;
            }

            results = new ConcurrentDictionary<Group, Lazy<Task<ExecutionResult>>>();
            _byEvent.Add(value, results);
            _order.Enqueue(value);
            if (_order.Count > KeptEvents)
            {
                _byEvent.Remove(_order.Dequeue());
            }

            return results;
        }
    }

    /// <summary>What the answer to one event depends on besides the event; null when it cannot be told (then nothing is shared).</summary>
    private static Group? GroupOf(GraphQL.Execution.ExecutionContext context)
    {
        var caller = Caller.From(context.UserContext);
        var variables = new StringBuilder();
        try
        {
            foreach (var variable in context.Variables ?? [])
            {
                variables.Append(variable.Name).Append('=').Append(JsonSerializer.Serialize(variable.Value)).Append('\n');
            }
        }
        catch (Exception e) when (e is NotSupportedException or JsonException or InvalidOperationException)
        {
            return null;
        }

        var salt = caller.PseudonymSalt is { } bytes ? Convert.ToHexString(bytes) : null;
        return new Group(context.Document, context.Operation, variables.ToString(), caller.Role, caller.Scope, caller.KeyId, salt);
    }

    /// <summary>The document and operation by reference (one parse per text); the rest by value.</summary>
    private sealed record Group(GraphQLDocument Document, GraphQLOperationDefinition Operation, string Variables,
        Domain.Security.Role Role, Domain.Security.Subtree Scope, string? KeyId, string? Salt)
    {
        public bool Equals(Group? other) =>
            other is not null && ReferenceEquals(Document, other.Document) && ReferenceEquals(Operation, other.Operation)
            && Variables == other.Variables && Role == other.Role && Equals(Scope, other.Scope) && KeyId == other.KeyId && Salt == other.Salt;

        public override int GetHashCode() =>
            HashCode.Combine(System.Runtime.CompilerServices.RuntimeHelpers.GetHashCode(Document), System.Runtime.CompilerServices.RuntimeHelpers.GetHashCode(Operation), Variables, Role, Scope, KeyId, Salt);
    }
}

/// <summary>
/// One event's result sent to every subscriber of a group: the transports write its JSON, serialised by the first of
/// them to need it, instead of serialising it again for each subscriber.
/// </summary>
public sealed class SharedEventResult(ExecutionResult result) : ExecutionResult(result)
{
    private byte[]? _json;

    /// <summary>The result as UTF-8 JSON (the same bytes the serializer writes for it); computed once, then reused.</summary>
    public async ValueTask<byte[]> JsonAsync(IGraphQLSerializer serializer, CancellationToken cancellationToken)
    {
        if (Volatile.Read(ref _json) is { } json)
        {
            return json;
        }

        using var buffer = new MemoryStream();
        await serializer.WriteAsync<ExecutionResult>(buffer, this, cancellationToken);
        // Two subscribers racing here write the same bytes; either copy may be kept.
        return Interlocked.CompareExchange(ref _json, buffer.ToArray(), null) ?? _json!;
    }
}
