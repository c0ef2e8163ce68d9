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
            var created = new BulkWriter<T>(context, connection, transaction);
            _writers[typeof(T)] = writer = created;
            _flushes.Add(created.FlushAsync);
            _counts.Add(() => (created.Table, created.RowsWritten));
        }

        var typed = (BulkWriter<T>)writer;
        await typed.AddAsync(row, cancellationToken);
        if (typed.IsFull)
        {
            // Every writer in the order of its first row, so the rows a batch references are written before it.
            await FlushAsync(cancellationToken);
        }
    }

    public async Task SetSecretariesAsync(IReadOnlyList<(long BranchId, long MemberId)> secretaries, CancellationToken cancellationToken)
    {
        await FlushAsync(cancellationToken);
        if (connection is Npgsql.NpgsqlConnection)
        {
            // One statement over two arrays instead of a round trip per branch.
            await using var batch = connection.CreateCommand();
            batch.CommandText = "UPDATE \"Branches\" AS b SET \"SecretaryId\" = s.member FROM unnest(@branches, @members) AS s(branch, member) WHERE b.\"Id\" = s.branch";
            batch.Parameters.Add(new Npgsql.NpgsqlParameter<long[]>("branches", [.. secretaries.Select(s => s.BranchId)]));
            batch.Parameters.Add(new Npgsql.NpgsqlParameter<long[]>("members", [.. secretaries.Select(s => s.MemberId)]));
            await batch.ExecuteNonQueryAsync(cancellationToken);
            return;
        }

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
