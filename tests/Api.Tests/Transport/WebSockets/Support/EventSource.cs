namespace PartyOrg.Api.Tests.Transport.WebSockets.Support;

/// <summary>An event stream the test publishes to, counting who is subscribed and how many unsubscribed.</summary>
public sealed class EventSource : IObservable<string>
{
    private readonly Lock _lock = new();
    private readonly List<IObserver<string>> _observers = [];
    private int _unsubscribed;

    public int SubscriberCount
    {
        get
        {
            lock (_lock)
            {
                return _observers.Count;
            }
        }
    }

    public int Unsubscribed => Volatile.Read(ref _unsubscribed);

    public IDisposable Subscribe(IObserver<string> observer)
    {
        lock (_lock)
        {
            _observers.Add(observer);
        }

        return new Unsubscriber(this, observer);
    }

    public void Publish(string value)
    {
        foreach (var observer in Snapshot())
        {
            observer.OnNext(value);
        }
    }

    public void Complete()
    {
        foreach (var observer in Snapshot())
        {
            observer.OnCompleted();
        }
    }

    public void Fail(Exception error)
    {
        foreach (var observer in Snapshot())
        {
            observer.OnError(error);
        }
    }

    private List<IObserver<string>> Snapshot()
    {
        lock (_lock)
        {
            return [.. _observers];
        }
    }

    private sealed class Unsubscriber(EventSource source, IObserver<string> observer) : IDisposable
    {
        private int _disposed;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref _disposed, 1) == 0)
            {
                lock (source._lock)
                {
                    source._observers.Remove(observer);
                }

                Interlocked.Increment(ref source._unsubscribed);
            }
        }
    }
}
