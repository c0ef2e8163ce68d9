using Microsoft.EntityFrameworkCore;
using PartyOrg.Api.Tests.Support;

namespace PartyOrg.Api.Tests.Querying.Paging;

/// <summary>Hulunbuir's county-level units through the flat <c>banners</c> connection, and as rows.</summary>
public static class Hulunbuir
{
    public static Task<Page> PageAsync(ApiFactory api, string arguments, string? cursor = null) =>
        Walk.PageAsync(api, "banners(within: \"150700\", ARGS) { SELECTION }", ["banners"], "code", arguments, cursor);

    public static async Task<string[]> CodesAsync(ApiFactory api)
    {
        await using var db = api.OpenDatabase();
        return [.. (await db.Banners.Where(b => b.LeagueCode == "150700").ToListAsync()).Select(b => b.Code).Order(StringComparer.Ordinal)];
    }
}
