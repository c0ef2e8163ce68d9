using GraphQL;
using GraphQL.Types;
using PartyOrg.Api.Security;
using PartyOrg.Api.Transport.WebSockets;
using PartyOrg.Domain.Security;

namespace PartyOrg.Api.Tests.Transport.WebSockets.Support;

/// <summary>A small schema with a query, a mutation and subscriptions over an <see cref="EventSource"/> the test drives.</summary>
public sealed class StreamingSchema : GraphQL.Types.Schema
{
    public StreamingSchema(IServiceProvider services, StreamingQuery query, StreamingMutation mutation, StreamingSubscription subscription)
        : base(services)
    {
        Query = query;
        Mutation = mutation;
        Subscription = subscription;
    }
}

public sealed class StreamingQuery : ObjectGraphType
{
    public StreamingQuery()
    {
        Field<string>("hello").Resolve(_ => "world");
        Field<string>("whoami").Resolve(context => Roles.Name(Caller.From(context).Role));
        Field<string>("initPayloadKey").Resolve(context =>
            (context.UserContext[WebSocketConnectionContext.UserContextKey] as WebSocketConnectionContext)?.InitPayloadString("apiKey"));
    }
}

public sealed class StreamingMutation : ObjectGraphType
{
    public StreamingMutation(Counter counter)
    {
        Field<int>("bump").Resolve(_ => counter.Increment());
    }
}

public sealed class StreamingSubscription : ObjectGraphType
{
    public StreamingSubscription(EventSource events)
    {
        Field<string>("events").ResolveStream(_ => events);
        Field<string>("shouted")
            .Resolve(context => context.Source is "boom" ? throw new InvalidOperationException("boom") : ((string)context.Source!).ToUpperInvariant())
            .ResolveStream(_ => events);
    }
}

/// <summary>What the mutation changes, so a test can see it ran.</summary>
public sealed class Counter
{
    private int _value;

    public int Value => Volatile.Read(ref _value);

    public int Increment() => Interlocked.Increment(ref _value);
}
