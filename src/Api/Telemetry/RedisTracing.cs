using OpenTelemetry.Instrumentation.StackExchangeRedis;
using StackExchange.Redis;

namespace PartyOrg.Api.Telemetry;

/// <summary>
/// Joins the Redis connection to the Redis instrumentation. The connection is made in the background after
/// the start (an instance serves while Redis is away) and the tracer is built when the host starts, in
/// either order; whichever comes second links them. Without tracing the connection is simply kept.
/// </summary>
public sealed class RedisTracing
{
    private readonly Lock _gate = new();
    private StackExchangeRedisInstrumentation? _instrumentation;
    private IConnectionMultiplexer? _connection;
    private bool _linked;

    public void Use(StackExchangeRedisInstrumentation instrumentation) => Link(instrumentation, null);

    public void Connected(IConnectionMultiplexer connection) => Link(null, connection);

    private void Link(StackExchangeRedisInstrumentation? instrumentation, IConnectionMultiplexer? connection)
    {
        lock (_gate)
        {
            _instrumentation ??= instrumentation;
            _connection ??= connection;
            if (!_linked && _instrumentation is not null && _connection is not null)
            {
                _instrumentation.AddConnection(_connection);
                _linked = true;
            }
        }
    }
}
