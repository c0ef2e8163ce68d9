using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Npgsql;

namespace PartyOrg.Domain.Data;

/// <summary>
/// One table's binary COPY: each value goes with the column's PostgreSQL type taken from the EF model,
/// so the server never has to guess (a long into an integer column would be refused, not narrowed).
/// </summary>
internal sealed class PostgresCopy(NpgsqlConnection connection, string table, IReadOnlyList<IProperty> properties)
{
    /// <summary>Large enough that the COPY's round trip is lost in the rows, small enough to bound memory.</summary>
    public const int RowsPerCopy = 20_000;

    private readonly string _statement =
        $"COPY {Quote(table)} ({string.Join(", ", properties.Select(p => Quote(p.GetColumnName())))}) FROM STDIN (FORMAT BINARY)";

    private readonly string[] _types = [.. properties.Select(p => TypeName(p.GetRelationalTypeMapping().StoreType))];

    /// <summary>Writes the rows (provider values in column order) in one COPY; returns how many.</summary>
    public async Task<long> WriteAsync(IEnumerable<object?[]> rows, CancellationToken cancellationToken)
    {
        // COPY joins the connection's open transaction: Npgsql has one per connection.
        await using var importer = await connection.BeginBinaryImportAsync(_statement, cancellationToken);
        // The synchronous writes fill Npgsql's buffer and only block while it goes to the socket; per value, the
        // asynchronous ones cost a state machine each, which was most of the client's time in a full-scale load.
        foreach (var values in rows)
        {
            cancellationToken.ThrowIfCancellationRequested();
            importer.StartRow();
            for (var c = 0; c < values.Length; c++)
            {
                if (values[c] is { } value)
                {
                    importer.Write(value, _types[c]);
                }
                else
                {
                    importer.WriteNull();
                }
            }
        }

        return (long)await importer.CompleteAsync(cancellationToken);
    }

    /// <summary>"character varying(64)" → "character varying": the writer wants the type, not its length.</summary>
    private static string TypeName(string storeType)
    {
        var facets = storeType.IndexOf('(', StringComparison.Ordinal);
        return facets < 0 ? storeType : storeType[..facets].TrimEnd();
    }

    private static string Quote(string identifier) => $"\"{identifier}\"";
}
