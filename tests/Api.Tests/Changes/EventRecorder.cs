using PartyOrg.Domain.Changes;

namespace PartyOrg.Api.Tests.Changes;

/// <summary>Collects what a stream delivers and lets a test wait until enough has arrived.</summary>
public sealed class EventRecorder<T> : IObserver<object?>
{
    public static readonly TimeSpan Patience = TimeSpan.FromSeconds(15);

    private readonly Lock _gate = new();
    private readonly List<T> _received = [];

    public Exception? Error { get; private set; }

    public IReadOnlyList<T> Received
    {
        get
        {
            lock (_gate)
            {
                return [.. _received];
            }
        }
    }

    public void OnNext(object? value)
    {
        lock (_gate)
        {
            _received.Add((T)value!);
        }
    }

    public void OnError(Exception error) => Error = error;

    public void OnCompleted()
    {
    }

    /// <summary>Waits until <paramref name="count"/> values arrived in all; fails the test after <see cref="Patience"/>.</summary>
    public async Task<IReadOnlyList<T>> WaitForAsync(int count, TimeSpan? patience = null)
    {
        var deadline = DateTime.UtcNow + (patience ?? Patience);
        while (Received.Count < count && Error is null)
        {
            var left = deadline - DateTime.UtcNow;
            Assert.True(left > TimeSpan.Zero, $"Expected {count} values, received {Received.Count} in {patience ?? Patience}.");
            await Task.Delay(20);
        }

        Assert.Null(Error);
        return Received;
    }

    /// <summary>Asserts that nothing more than <paramref name="count"/> values arrives within <paramref name="quiet"/>.</summary>
    public async Task AssertNoMoreThanAsync(int count, TimeSpan quiet)
    {
        await Task.Delay(quiet);
        Assert.Null(Error);
        Assert.Equal(count, Received.Count);
    }
}

public static class ChangeEventRecorders
{
    public static List<long> Positions(this EventRecorder<ChangeEvent> recorder) => [.. recorder.Received.Select(e => e.Position)];
}
