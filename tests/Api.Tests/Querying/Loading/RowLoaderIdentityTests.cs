using System.Linq.Expressions;
using GraphQL;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PartyOrg.Api.Querying.Loading;
using PartyOrg.Api.Tests.Querying.Statements;
using PartyOrg.Domain.Entities;

namespace PartyOrg.Api.Tests.Querying.Loading;

/// <summary>
/// Row loaders of one request share a batch exactly when they would run the same statement: the same call made again
/// joins the batch, while loaders that differ in their order or in a value their filter captured each get their own.
/// </summary>
public sealed class RowLoaderIdentityTests(CountingApi api) : IClassFixture<CountingApi>
{
    [Fact]
    public async Task Loaders_that_differ_only_in_order_do_not_share_a_batch()
    {
        var (branch, ids) = await BranchWithMembersAsync();
        using var scope = api.Services.CreateScope();
        var context = Context(scope);

        var ascending = RowLoaders.Many<Member, long, long>(context, m => m.BranchId, branch, m => m.Id);
        var descending = RowLoaders.Many<Member, long, long>(context, m => m.BranchId, branch, m => -m.Id);

        Assert.Equal(ids, (await descending.GetResultAsync()).Select(m => m.Id).Reverse());
        Assert.Equal(ids, (await ascending.GetResultAsync()).Select(m => m.Id));
    }

    [Fact]
    public async Task Loaders_whose_filters_differ_only_in_a_captured_value_do_not_share_a_batch()
    {
        await using var db = api.OpenDatabase();
        var member = await db.Members.OrderBy(m => m.Id).FirstAsync();
        using var scope = api.Services.CreateScope();
        var context = Context(scope);

        var before = RowLoaders.One(context, m => m.Id, member.Id, JoinedAfter(member.JoinedOn.AddDays(-1)));
        var after = RowLoaders.One(context, m => m.Id, member.Id, JoinedAfter(member.JoinedOn));

        Assert.Null(await after.GetResultAsync());
        Assert.Equal(member.Id, (await before.GetResultAsync())?.Id);
    }

    [Fact]
    public async Task The_same_call_for_other_keys_joins_the_batch()
    {
        var (first, firstIds) = await BranchWithMembersAsync();
        var (second, secondIds) = await BranchWithMembersAsync(after: first);
        using var scope = api.Services.CreateScope();
        var context = Context(scope);
        api.Counter.Clear();

        var loads = new[] { first, second }.Select(branch => RowLoaders.Many<Member, long, long>(context, m => m.BranchId, branch, m => m.Id)).ToList();

        Assert.Equal(firstIds, (await loads[0].GetResultAsync()).Select(m => m.Id));
        Assert.Equal(secondIds, (await loads[1].GetResultAsync()).Select(m => m.Id));
        StatementAssert.Count(1, api.Counter.Statements);
    }

    private static Expression<Func<Member, bool>> JoinedAfter(DateOnly date) => m => m.JoinedOn > date;

    private static ResolveFieldContext Context(IServiceScope scope) => new() { RequestServices = scope.ServiceProvider };

    /// <summary>The first branch (after <paramref name="after"/>) with at least two members, and its members' keys in order.</summary>
    private async Task<(long Branch, List<long> Members)> BranchWithMembersAsync(long after = 0)
    {
        await using var db = api.OpenDatabase();
        var branch = await db.Members.Where(m => m.BranchId > after).GroupBy(m => m.BranchId).Where(g => g.Count() > 1)
            .Select(g => g.Key).OrderBy(b => b).FirstAsync();
        return (branch, await db.Members.Where(m => m.BranchId == branch).OrderBy(m => m.Id).Select(m => m.Id).ToListAsync());
    }
}
