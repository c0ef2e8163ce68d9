using System.Data.Common;
using PartyOrg.Domain.Data;

namespace PartyOrg.Domain.Generation;

/// <summary>Writes generated rows through one <see cref="BulkWriter{T}"/> per entity type, in one transaction.</summary>
internal sealed class DatabaseSink(PartyDbContext context, DbConnection connection, DbTransaction transaction)
    : ISeedSink, IAsyncDisposable
{
    private readonly Dictionary<Type, object> _writers = [];
    private readonly List<Func<CancellationToken, Task>> _flushes = [];
    private readonly List<Func<(string Table, long Rows)>> _counts = [];

    public async ValueTask AddAsync<T>(T row, CancellationToken cancellationToken)
        where T : class
    {
        if (!_writers.TryGetValue(typeof(T), out var writer))
        {
            var typed = new BulkWriter<T>(context, connection, transaction);
            _writers[typeof(T)] = writer = typed;
            _flushes.Add(typed.FlushAsync);
            _counts.Add(() => (typed.Table, typed.RowsWritten));
        }

        await ((BulkWriter<T>)writer).AddAsync(row, cancellationToken);
    }

    public async Task SetSecretariesAsync(IReadOnlyList<(long BranchId, long MemberId)> secretaries, CancellationToken cancellationToken)
    {
        await FlushAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = "UPDATE \"Branches\" SET \"SecretaryId\" = @member WHERE \"Id\" = @branch";
        var member = command.CreateParameter();
        member.ParameterName = "@member";
        member.DbType = System.Data.DbType.Int64;
        var branch = command.CreateParameter();
        branch.ParameterName = "@branch";
        branch.DbType = System.Data.DbType.Int64;
        command.Parameters.Add(member);
        command.Parameters.Add(branch);
        await command.PrepareAsync(cancellationToken);
        foreach (var (branchId, memberId) in secretaries)
        {
            member.Value = memberId;
            branch.Value = branchId;
            await command.ExecuteNonQueryAsync(cancellationToken);
        }
    }

    public async Task FlushAsync(CancellationToken cancellationToken)
    {
        foreach (var flush in _flushes)
        {
            await flush(cancellationToken);
        }
    }

    public IReadOnlyDictionary<string, long> RowCounts() =>
        _counts.Select(c => c()).ToDictionary(c => c.Table, c => c.Rows, StringComparer.Ordinal);

    public async ValueTask DisposeAsync()
    {
        foreach (var writer in _writers.Values)
        {
            await ((IAsyncDisposable)writer).DisposeAsync();
        }
    }
}
