using System.Collections.Concurrent;

namespace PartyOrg.Api.Transport.WebSockets;

/// <summary>
/// One <c>subscribe</c> of a socket, from the moment its id is taken until it ends: its result or stream
/// was delivered, or the client (or the socket's closing) cancelled it. Runs in its own DI scope, which
/// lives until the operation has ended and its execution has returned.
/// </summary>
public sealed class Operation
{
    private readonly ConcurrentDictionary<string, Operation> _registry;
    private readonly AsyncServiceScope _scope;
    private readonly CancellationTokenSource _cancellation;
    private readonly ILogger _logger;
    private IDisposable? _subscription;
    private int _ended;
    private int _holds = 2;
    private volatile bool _cancelled;

    public Operation(string id, ConcurrentDictionary<string, Operation> registry, IServiceScopeFactory scopes, ILogger logger, CancellationToken connectionClosed)
    {
        Id = id;
        _registry = registry;
        _scope = scopes.CreateAsyncScope();
        _cancellation = CancellationTokenSource.CreateLinkedTokenSource(connectionClosed);
        CancellationToken = _cancellation.Token;
        _logger = logger;
    }

    public string Id { get; }

    public IServiceProvider Services => _scope.ServiceProvider;

    public CancellationToken CancellationToken { get; }

    /// <summary>True once the client completed it or the socket closed: nothing more is sent for it.</summary>
    public bool IsCancelled => _cancelled;

    /// <summary>The task executing the operation; for a stream, until it is subscribed.</summary>
    public Task Execution { get; set; } = Task.CompletedTask;

    /// <summary>Keeps the event stream's subscription, to dispose it when the operation ends.</summary>
    public void Attach(IDisposable subscription)
    {
        Volatile.Write(ref _subscription, subscription);
        if (Volatile.Read(ref _ended) != 0)
        {
            DisposeSubscription();
        }
    }

    /// <summary>Ends the operation after its last message was queued; false when it had already ended.</summary>
    public bool TryEnd()
    {
        if (Interlocked.Exchange(ref _ended, 1) != 0)
        {
            return false;
        }

        _registry.TryRemove(KeyValuePair.Create(Id, this));
        DisposeSubscription();
        _cancellation.Cancel();
        Release();
        return true;
    }

    /// <summary>The client completed it or the socket closed: stop it and drop what it still has queued.</summary>
    public void Cancel()
    {
        _cancelled = true;
        TryEnd();
    }

    /// <summary>Called once by the execution when it returns, so the scope outlives it.</summary>
    public void ExecutionReturned() => Release();

    private void DisposeSubscription() => Interlocked.Exchange(ref _subscription, null)?.Dispose();

    private void Release()
    {
        if (Interlocked.Decrement(ref _holds) == 0)
        {
            _cancellation.Dispose();
            _ = DisposeScopeAsync();
        }
    }

    private async Task DisposeScopeAsync()
    {
        try
        {
            await _scope.DisposeAsync();
        }
        catch (Exception e)
        {
            _logger.ScopeDisposalFailed(e, Id);
        }
    }
}
