using System.Diagnostics;
using GraphQL;

namespace PartyOrg.Benchmarks.Hosting;

/// <summary>The API's serializer with a stopwatch around writing responses (JSON into Kestrel's response stream).</summary>
public sealed class TimedSerializer(IGraphQLTextSerializer inner, ServerProbes probes) : IGraphQLTextSerializer
{
    public async Task WriteAsync<T>(Stream stream, T? value, CancellationToken cancellationToken = default)
    {
        var start = Stopwatch.GetTimestamp();
        try
        {
            await inner.WriteAsync(stream, value, cancellationToken);
        }
        finally
        {
            probes.OnSerialization(start);
        }
    }

    public bool IsNativelyAsync => inner.IsNativelyAsync;

    public ValueTask<T?> ReadAsync<T>(Stream stream, CancellationToken cancellationToken = default) => inner.ReadAsync<T>(stream, cancellationToken);

    public T? ReadNode<T>(object? value) => inner.ReadNode<T>(value);

    public string Serialize<T>(T? value) => inner.Serialize(value);

    public T? Deserialize<T>(string? value) => inner.Deserialize<T>(value);
}
