using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;

namespace PartyOrg.Domain.Data;

/// <summary>
/// Inserts many rows of one entity type inside the caller's transaction: through prepared multi-row
/// ADO.NET commands, or on PostgreSQL through binary COPY. Table, column names and value conversions
/// come from the EF model, so the rows read back through EF exactly as if EF had written them.
/// </summary>
public sealed class BulkWriter<T> : IAsyncDisposable
    where T : class
{
    private const int MaxParametersPerCommand = 2000;

    private readonly DbConnection _connection;
    private readonly DbTransaction _transaction;
    private readonly string _table;
    private readonly IProperty[] _properties;
    private readonly IClrPropertyGetter[] _getters;
    private readonly Func<object?, object?>?[] _toProvider;
    private readonly int _rowsPerCommand;
    private readonly List<T> _pending;
    private readonly PostgresCopy? _copy;
    private DbCommand? _fullBatch;

    public BulkWriter(DbContext context, DbConnection connection, DbTransaction transaction)
    {
        var entity = context.Model.FindEntityType(typeof(T))
            ?? throw new InvalidOperationException($"{typeof(T).Name} is not part of the model.");
        _connection = connection;
        _transaction = transaction;
        _table = entity.GetTableName()!;
        _properties = [.. entity.GetProperties()];
        _getters = [.. _properties.Select(p => p.GetGetter())];
        _toProvider = [.. _properties.Select(p => p.GetRelationalTypeMapping().Converter?.ConvertToProvider)];
        // SQLite binds parameters by a linear name lookup, so wide multi-row statements cost quadratic
        // time there, while a re-used single-row statement is cheap; SQL Server gains from fewer round trips.
        // PostgreSQL's COPY streams rows of any number; only one COPY may be open on a connection, so
        // rows wait here until the sink flushes every writer in turn (PostgresCopy.RowsPerCopy).
        _copy = connection is Npgsql.NpgsqlConnection npgsql ? new PostgresCopy(npgsql, _table, _properties) : null;
        _rowsPerCommand = _copy is not null ? PostgresCopy.RowsPerCopy
            : connection is Microsoft.Data.Sqlite.SqliteConnection ? 1
            : Math.Max(1, Math.Min(200, MaxParametersPerCommand / _properties.Length));
        _pending = new List<T>(_rowsPerCommand);
    }

    public long RowsWritten { get; private set; }

    public string Table => _table;

    /// <summary>Rows are held for a COPY and enough have gathered: the caller should flush (parents first).</summary>
    public bool IsFull => _copy is not null && _pending.Count >= _rowsPerCommand;

    public async ValueTask AddAsync(T row, CancellationToken cancellationToken)
    {
        _pending.Add(row);
        if (_copy is null && _pending.Count == _rowsPerCommand)
        {
            _fullBatch ??= await PrepareAsync(_rowsPerCommand, cancellationToken);
            await ExecuteAsync(_fullBatch, cancellationToken);
        }
    }

    public async Task FlushAsync(CancellationToken cancellationToken)
    {
        if (_copy is not null && _pending.Count > 0)
        {
            RowsWritten += await _copy.WriteAsync(_pending.Select(ProviderValues), cancellationToken);
            _pending.Clear();
        }
        else if (_pending.Count > 0)
        {
            await using var partial = await PrepareAsync(_pending.Count, cancellationToken);
            await ExecuteAsync(partial, cancellationToken);
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (_fullBatch is not null)
        {
            await _fullBatch.DisposeAsync();
        }
    }

    private object?[] ProviderValues(T row)
    {
        var values = new object?[_getters.Length];
        for (var c = 0; c < _getters.Length; c++)
        {
            var value = _getters[c].GetClrValue(row);
            values[c] = value is not null && _toProvider[c] is { } convert ? convert(value) : value;
        }

        return values;
    }

    private async Task ExecuteAsync(DbCommand command, CancellationToken cancellationToken)
    {
        var index = 0;
        foreach (var row in _pending)
        {
            foreach (var value in ProviderValues(row))
            {
                command.Parameters[index++].Value = value ?? DBNull.Value;
            }
        }

        await command.ExecuteNonQueryAsync(cancellationToken);
        RowsWritten += _pending.Count;
        _pending.Clear();
    }

    private async Task<DbCommand> PrepareAsync(int rows, CancellationToken cancellationToken)
    {
        var command = _connection.CreateCommand();
        command.Transaction = _transaction;
        var columns = string.Join(", ", _properties.Select(p => Quote(p.GetColumnName())));
        var tuples = new List<string>(rows);
        for (var r = 0; r < rows; r++)
        {
            var names = new string[_properties.Length];
            for (var c = 0; c < _properties.Length; c++)
            {
                // The mapping types and sizes the parameter; SQL Server refuses to prepare untyped ones.
                var mapping = _properties[c].GetRelationalTypeMapping();
                var parameter = mapping.CreateParameter(command, $"@p{r}_{c}", null, _properties[c].IsNullable);
                command.Parameters.Add(parameter);
                names[c] = parameter.ParameterName;
            }

            tuples.Add($"({string.Join(", ", names)})");
        }

        command.CommandText = $"INSERT INTO {Quote(_table)} ({columns}) VALUES {string.Join(", ", tuples)}";
        await command.PrepareAsync(cancellationToken);
        return command;
    }

    private static string Quote(string identifier) => $"\"{identifier}\"";
}
