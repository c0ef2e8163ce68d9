using System.Diagnostics;

namespace PartyOrg.Api.Telemetry;

/// <summary>
/// A subscription's lifetime as a span (<c>subscription</c>, a child of the operation's span) and in the
/// metrics: active subscriptions go up when it starts and down when it ends, each result handed to the
/// transport counts as an event delivered. The span records how many events went out and how it ended.
/// </summary>
public sealed class SubscriptionTelemetry(ApiMetrics metrics)
{
    /// <summary>Subscribes <paramref name="observer"/> to <paramref name="stream"/>; disposing the result ends both.</summary>
    public IDisposable Observe<T>(IObservable<T> stream, IObserver<T> observer, string transport, ActivityContext operation)
    {
        var lifetime = new Lifetime(metrics, transport, ApiTelemetry.Source.StartActivity("subscription", ActivityKind.Internal, operation));
        lifetime.Attach(stream.Subscribe(new Counting<T>(observer, lifetime)));
        return lifetime;
    }

    private sealed class Lifetime : IDisposable
    {
        private readonly ApiMetrics _metrics;
        private readonly string _transport;
        private readonly Activity? _activity;
        private IDisposable? _subscription;
        private long _events;
        private int _ended;

        public Lifetime(ApiMetrics metrics, string transport, Activity? activity)
        {
            _metrics = metrics;
            _transport = transport;
            _activity = activity;
            _activity?.SetTag(ApiTelemetry.Transport, transport);
            metrics.SubscriptionStarted(transport);
        }

        public void Attach(IDisposable subscription)
        {
            _subscription = subscription;
            if (Volatile.Read(ref _ended) != 0)
            {
                Interlocked.Exchange(ref _subscription, null)?.Dispose();
            }
        }

        public void Delivered()
        {
            Interlocked.Increment(ref _events);
            _metrics.EventDelivered(_transport);
        }

        public void End(string outcome)
        {
            if (Interlocked.Exchange(ref _ended, 1) != 0)
            {
                return;
            }

            _metrics.SubscriptionEnded(_transport);
            if (_activity is { } activity)
            {
                activity.SetTag(ApiTelemetry.Events, Interlocked.Read(ref _events));
                activity.SetTag(ApiTelemetry.Outcome, outcome);
                activity.Dispose();
            }
        }

        public void Dispose()
        {
            End(ApiTelemetry.Ok);
            Interlocked.Exchange(ref _subscription, null)?.Dispose();
        }
    }

    private sealed class Counting<T>(IObserver<T> inner, Lifetime lifetime) : IObserver<T>
    {
        public void OnNext(T value)
        {
            lifetime.Delivered();
            inner.OnNext(value);
        }

        public void OnError(Exception error)
        {
            lifetime.End("ERROR");
            inner.OnError(error);
        }

        public void OnCompleted()
        {
            lifetime.End(ApiTelemetry.Ok);
            inner.OnCompleted();
        }
    }
}
