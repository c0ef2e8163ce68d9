using Microsoft.EntityFrameworkCore;
using PartyOrg.Domain.Data;

namespace PartyOrg.Domain.Divisions;

/// <summary>
/// The administrative divisions held in memory: they are the fixed NBS tables (16,000 rows), so
/// parents, ancestors and lookups by code cost no SQL. Mutable village facts are never read from
/// here; they load from the database.
/// </summary>
public sealed class DivisionDirectory(IDbContextFactory<PartyDbContext> contexts) : IDisposable
{
    private readonly SemaphoreSlim _gate = new(1, 1);
    private Snapshot? _snapshot;

    public async Task<Snapshot> GetAsync(CancellationToken cancellationToken)
    {
        if (_snapshot is { } ready)
        {
            return ready;
        }

        await _gate.WaitAsync(cancellationToken);
        try
        {
            return _snapshot ??= await LoadAsync(cancellationToken);
        }
        finally
        {
            _gate.Release();
        }
    }

    public void Dispose() => _gate.Dispose();

    private async Task<Snapshot> LoadAsync(CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var divisions = new Dictionary<string, IDivision>(StringComparer.Ordinal);
        foreach (var level in DivisionLevels.All)
        {
            foreach (var division in await RowsAsync(db, level.Level, cancellationToken))
            {
                divisions[division.Code] = division;
            }
        }

        return new Snapshot(divisions);
    }

    private static async Task<IEnumerable<IDivision>> RowsAsync(PartyDbContext db, DivisionLevel level, CancellationToken cancellationToken) => level switch
    {
        DivisionLevel.Region => await db.Regions.AsNoTracking().ToListAsync(cancellationToken),
        DivisionLevel.League => await db.Leagues.AsNoTracking().ToListAsync(cancellationToken),
        DivisionLevel.Banner => await db.Banners.AsNoTracking().ToListAsync(cancellationToken),
        DivisionLevel.Township => await db.Townships.AsNoTracking().ToListAsync(cancellationToken),
        DivisionLevel.Village => await db.Villages.AsNoTracking().ToListAsync(cancellationToken),
        _ => throw new ArgumentOutOfRangeException(nameof(level), level, "Not a division level."),
    };

    /// <summary>An immutable view of every division by code.</summary>
    public sealed class Snapshot(IReadOnlyDictionary<string, IDivision> divisions)
    {
        private readonly Dictionary<string, IDivision[]> _children = divisions.Values
            .Where(d => d.ParentCode is not null)
            .GroupBy(d => d.ParentCode!, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.OrderBy(d => d.Code, StringComparer.Ordinal).ToArray(), StringComparer.Ordinal);

        /// <summary>The divisions directly below <paramref name="code"/>, in code order (codes are digits: every provider sorts them so).</summary>
        public IReadOnlyList<IDivision> Children(string code) => _children.GetValueOrDefault(code) ?? [];

        public IDivision? Find(string code) => divisions.GetValueOrDefault(code);

        public T Get<T>(string code)
            where T : IDivision => (T)divisions[code];

        public IDivision? Parent(IDivision division) => division.ParentCode is { } code ? Find(code) : null;

        /// <summary>Every division above this one, from the region down to the parent.</summary>
        public IReadOnlyList<IDivision> Ancestors(IDivision division)
        {
            var chain = new List<IDivision>();
            for (var parent = Parent(division); parent is not null; parent = Parent(parent))
            {
                chain.Insert(0, parent);
            }

            return chain;
        }
    }
}
