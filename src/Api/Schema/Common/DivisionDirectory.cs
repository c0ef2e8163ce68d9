using Microsoft.EntityFrameworkCore;
using PartyOrg.Domain.Data;
using PartyOrg.Domain.Entities;

namespace PartyOrg.Api.Schema.Common;

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
        var divisions = new Dictionary<string, object>(StringComparer.Ordinal);
        foreach (var region in await db.Regions.AsNoTracking().ToListAsync(cancellationToken))
        {
            divisions[region.Code] = region;
        }

        foreach (var league in await db.Leagues.AsNoTracking().ToListAsync(cancellationToken))
        {
            divisions[league.Code] = league;
        }

        foreach (var banner in await db.Banners.AsNoTracking().ToListAsync(cancellationToken))
        {
            divisions[banner.Code] = banner;
        }

        foreach (var township in await db.Townships.AsNoTracking().ToListAsync(cancellationToken))
        {
            divisions[township.Code] = township;
        }

        foreach (var village in await db.Villages.AsNoTracking().ToListAsync(cancellationToken))
        {
            divisions[village.Code] = village;
        }

        return new Snapshot(divisions);
    }

    /// <summary>An immutable view of every division by code.</summary>
    public sealed class Snapshot(IReadOnlyDictionary<string, object> divisions)
    {
        public object? Find(string code) => divisions.GetValueOrDefault(code);

        public T Get<T>(string code) => (T)divisions[code];

        public object? Parent(object division) => Divisions.ParentCode(division) is { } code ? Find(code) : null;

        public IReadOnlyList<object> Ancestors(object division)
        {
            var chain = new List<object>();
            for (var parent = Parent(division); parent is not null; parent = Parent(parent))
            {
                chain.Insert(0, parent);
            }

            return chain;
        }
    }
}

/// <summary>The code, level and parent code of any division entity.</summary>
public static class Divisions
{
    public static string Code(object division) => division switch
    {
        Region r => r.Code,
        League l => l.Code,
        Banner b => b.Code,
        Township t => t.Code,
        Village v => v.Code,
        _ => throw new ArgumentException($"{division.GetType().Name} is not a division.", nameof(division)),
    };

    public static string? ParentCode(object division) => division switch
    {
        Region => null,
        League l => l.RegionCode,
        Banner b => b.LeagueCode,
        Township t => t.BannerCode,
        Village v => v.TownshipCode,
        _ => throw new ArgumentException($"{division.GetType().Name} is not a division.", nameof(division)),
    };

    /// <summary>The prefix every code in the division's subtree starts with.</summary>
    public static string SubtreePrefix(object division) => division switch
    {
        Region r => r.Code[..2],
        League l => l.Code[..4],
        Banner b => b.Code,
        Township t => t.Code,
        Village v => v.Code,
        _ => throw new ArgumentException($"{division.GetType().Name} is not a division.", nameof(division)),
    };
}
