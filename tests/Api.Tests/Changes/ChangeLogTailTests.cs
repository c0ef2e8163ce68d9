using PartyOrg.Api.Changes;
using PartyOrg.Domain.Changes;

namespace PartyOrg.Api.Tests.Changes;

/// <summary>The in-memory tail answers exactly what the log would, or hands the reader back to the log.</summary>
public sealed class ChangeLogTailTests : IDisposable
{
    private readonly List<ChangeEvent> _log = [];
    private readonly ChangeLogTail _tail;
    private int _reads;

    public ChangeLogTailTests() =>
        _tail = new ChangeLogTail((after, limit, _) =>
        {
            _reads++;
            return Task.FromResult(_log.Where(e => e.Position > after).Take(limit).ToList());
        }, capacity: 5);

    [Fact]
    public async Task A_cursor_before_the_tail_is_handed_back_to_the_log()
    {
        Commit(3);

        Assert.Empty((await _tail.ReadAfterAsync(3, All, 10, 3, CancellationToken.None))!);
        Assert.Null(await _tail.ReadAfterAsync(2, All, 10, 3, CancellationToken.None));
    }

    [Fact]
    public async Task Live_readers_share_one_read_per_commit_and_see_every_event_in_order()
    {
        await _tail.ReadAfterAsync(0, All, 10, 0, CancellationToken.None);
        Commit(3);
        var reads = _reads;

        var first = await _tail.ReadAfterAsync(0, All, 10, 3, CancellationToken.None);
        var second = await _tail.ReadAfterAsync(1, All, 10, 3, CancellationToken.None);

        Assert.Equal([1L, 2, 3], first!.Select(e => e.Position));
        Assert.Equal([2L, 3], second!.Select(e => e.Position));
        Assert.Equal(reads + 1, _reads);
    }

    [Fact]
    public async Task Past_its_capacity_the_tail_keeps_the_newest_events_and_refuses_older_cursors()
    {
        await _tail.ReadAfterAsync(0, All, 10, 0, CancellationToken.None);
        Commit(8);

        var recent = await _tail.ReadAfterAsync(3, All, 10, 8, CancellationToken.None);

        Assert.Equal([4L, 5, 6, 7, 8], recent!.Select(e => e.Position));
        Assert.Null(await _tail.ReadAfterAsync(2, All, 10, 8, CancellationToken.None));
    }

    [Fact]
    public async Task The_filter_and_the_limit_apply_in_memory()
    {
        await _tail.ReadAfterAsync(0, All, 10, 0, CancellationToken.None);
        Commit(4);
        var transfers = new ChangeFilter([], [ChangeKind.MemberTransferred]);

        var found = await _tail.ReadAfterAsync(0, transfers, 1, 4, CancellationToken.None);

        Assert.Equal([2L], found!.Select(e => e.Position));
    }

    public void Dispose() => _tail.Dispose();

    private static ChangeFilter All => new([], null);

    /// <summary>Appends events up to <paramref name="head"/>; even positions are transfers.</summary>
    private void Commit(long head)
    {
        for (var position = _log.Count + 1L; position <= head; position++)
        {
            _log.Add(new ChangeEvent
            {
                Position = position,
                Kind = position % 2 == 0 ? ChangeKind.MemberTransferred : ChangeKind.MemberAdmitted,
                VillageCode = "150102001001",
                Subject = $"Member:{position}",
                Details = "{}",
            });
        }
    }
}
