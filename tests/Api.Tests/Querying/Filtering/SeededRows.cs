using Microsoft.EntityFrameworkCore;
using PartyOrg.Domain.Data;
using PartyOrg.Domain.Entities;

namespace PartyOrg.Api.Tests.Querying.Filtering;

/// <summary>
/// The rows a test host was seeded with, read straight from its database into memory, so the
/// expected results of a filter come from LINQ-to-objects rather than from the code under test.
/// Each table is read once, on first use.
/// </summary>
internal sealed class SeededRows(Func<PartyDbContext> open)
{
    private Task<IReadOnlyList<League>>? _leagues;
    private Task<IReadOnlyList<Banner>>? _banners;
    private Task<IReadOnlyList<Township>>? _townships;
    private Task<IReadOnlyList<Village>>? _villages;
    private Task<IReadOnlyList<Branch>>? _branches;
    private Task<IReadOnlyList<Member>>? _members;
    private Task<IReadOnlyList<Meeting>>? _meetings;

    public Task<IReadOnlyList<League>> LeaguesAsync() => _leagues ??= LoadAsync(db => db.Leagues);

    public Task<IReadOnlyList<Banner>> BannersAsync() => _banners ??= LoadAsync(db => db.Banners);

    public Task<IReadOnlyList<Township>> TownshipsAsync() => _townships ??= LoadAsync(db => db.Townships);

    /// <summary>Villages with their two-committee members.</summary>
    public Task<IReadOnlyList<Village>> VillagesAsync() => _villages ??= LoadAsync(db => db.Villages.Include(v => v.Committee));

    /// <summary>Branches with their rectification history.</summary>
    public Task<IReadOnlyList<Branch>> BranchesAsync() => _branches ??= LoadAsync(db => db.Branches.Include(b => b.Rectifications));

    public Task<IReadOnlyList<Member>> MembersAsync() => _members ??= LoadAsync(db => db.Members);

    public Task<IReadOnlyList<Meeting>> MeetingsAsync() => _meetings ??= LoadAsync(db => db.Meetings);

    private async Task<IReadOnlyList<T>> LoadAsync<T>(Func<PartyDbContext, IQueryable<T>> rows)
        where T : class
    {
        await using var db = open();
        return await rows(db).AsNoTracking().ToListAsync();
    }
}
