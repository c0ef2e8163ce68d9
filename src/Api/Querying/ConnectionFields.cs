using System.Linq.Expressions;
using GraphQL;
using GraphQL.Builders;
using GraphQL.Types;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using PartyOrg.Api.Querying.Loading;
using PartyOrg.Api.Querying.Paging;
using PartyOrg.Api.Querying.Sorting;
using PartyOrg.Api.Security;
using PartyOrg.Domain.Data;
using PartyOrg.Domain.Security;

namespace PartyOrg.Api.Querying;

/// <summary>Builds connection fields: nested ones batched per parent level, and flat root ones.</summary>
public static class ConnectionFields
{
    /// <summary>
    /// A connection under each parent: all parents of a level that share the same arguments are
    /// served by one windowed statement, and their total counts by one grouped statement. The node
    /// and row types come from <paramref name="spec"/>, the parent's key from <paramref name="source"/>.
    /// </summary>
    public static FieldBuilder<TParent, object> Child<TNodeType, TParent, TChild, TKey>(
        ComplexGraphType<TParent> type, string name, string description,
        IConnectionSpec<TNodeType, TChild> spec, ChildConnections<TParent, TChild, TKey> source, bool nullable = false)
        where TNodeType : IGraphType, new()
        where TParent : class
        where TChild : class
        where TKey : notnull
    {
        var field = (nullable ? type.Field<ConnectionGraphType<TNodeType, TChild>>(name) : type.Field<NonNullGraphType<ConnectionGraphType<TNodeType, TChild>>>(name))
            .Description(description);
        spec.AddArguments(field);
        field.Resolve(context =>
        {
            var services = context.RequestServices!;
            var query = spec.Parse(context, services.GetRequiredService<IOptions<PagingOptions>>().Value);
            var contexts = services.GetRequiredService<IDbContextFactory<PartyDbContext>>();
            var loaders = services.GetRequiredService<RequestLoaders>();
            var arguments = ArgumentsKey.Of(context);
            var counts = loaders.GetOrAdd(new CountsKey(context.FieldDefinition, arguments), () => new BatchLoader<TKey, int>(async (keys, ct) =>
            {
                if (source.Memory is { } memory && await memory.TryCountAsync(services, keys, query.Filter, ct) is { } known)
                {
                    return known;
                }

                await using var db = await contexts.CreateDbContextAsync(ct);
                return await source.CountAsync(db, keys, query.Filter, ct);
            }, _ => 0));
            var pages = loaders.GetOrAdd(new PagesKey(context.FieldDefinition, arguments), () =>
            {
                var projection = Projection<TChild>(context, source.ColumnsFor(query));
                return new BatchLoader<TKey, Connection<TChild>>(async (keys, ct) =>
                {
                    var rows = source.Memory is { } memory && await memory.TryLoadPagesAsync(services, keys, query, ct) is { } inMemory
                        ? inMemory
                        : await LoadPagesAsync(contexts, source, keys, query, projection, ct);
                    return rows.ToDictionary(p => p.Key, p => query.ToConnection(p.Value, () => counts.Load(p.Key)));
                }, key => query.ToConnection([], () => counts.Load(key)));
            });
            return pages.Load(source.KeyOf(context.Source));
        });
        return field;
    }

    /// <summary>A flat connection over every row of <typeparamref name="TRow"/>, narrowed by <paramref name="scope"/> (e.g. <c>within</c>).</summary>
    public static FieldBuilder<object?, object> Root<TNodeType, TRow>(
        ObjectGraphType query, string name, string description, IConnectionSpec<TNodeType, TRow> spec,
        Func<IResolveFieldContext, Task<Expression<Func<TRow, bool>>?>> scope, bool nullable = false)
        where TNodeType : IGraphType, new()
        where TRow : class
    {
        var field = (nullable ? query.Field<ConnectionGraphType<TNodeType, TRow>>(name) : query.Field<NonNullGraphType<ConnectionGraphType<TNodeType, TRow>>>(name))
            .Description(description);
        spec.AddArguments(field);
        field.ResolveAsync(async context =>
        {
            var services = context.RequestServices!;
            var request = spec.Parse(context, services.GetRequiredService<IOptions<PagingOptions>>().Value, await scope(context));
            var contexts = services.GetRequiredService<IDbContextFactory<PartyDbContext>>();
            var count = new BatchLoader<int, int>(async (_, ct) =>
            {
                await using var db = await contexts.CreateDbContextAsync(ct);
                return new Dictionary<int, int> { [0] = await Rows(db, request.Filter).CountAsync(ct) };
            }, _ => 0);

            await using var db = await contexts.CreateDbContextAsync(context.CancellationToken);
            var rows = Rows(db, Predicates.And(request.Filter, request.Bound));
            var ordered = Ordering.Apply(rows, request.Steps, request.Page.Backward).Take(request.Page.Size + 1);
            var projection = Projection<TRow>(context, request.OrderColumns);
            var page = await (projection is null ? ordered : ordered.Select(projection.Select)).ToListAsync(context.CancellationToken);
            return request.ToConnection(page, () => count.Load(0));
        });
        return field;
    }

    private static async Task<IReadOnlyDictionary<TKey, List<TChild>>> LoadPagesAsync<TParent, TChild, TKey>(
        IDbContextFactory<PartyDbContext> contexts, ChildConnections<TParent, TChild, TKey> source, IReadOnlyList<TKey> keys, ConnectionQuery<TChild> query,
        RowProjection<TChild>? projection, CancellationToken cancellationToken)
        where TParent : class
        where TChild : class
        where TKey : notnull
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await source.LoadPagesAsync(db, keys, query, projection, cancellationToken);
    }

    /// <summary>
    /// The columns of the connection's rows that the operation reads, with those the loader reads itself; null (whole
    /// rows) when a selected field of the node type declares none.
    /// </summary>
    private static RowProjection<TRow>? Projection<TRow>(IResolveFieldContext context, IEnumerable<string> loaderColumns)
        where TRow : class =>
        RowColumns.NodeTypeOf(context.FieldDefinition) is { } nodeType ? RowColumns.Projection<TRow>(context, nodeType, loaderColumns) : null;

    private static IQueryable<TRow> Rows<TRow>(PartyDbContext db, Expression<Func<TRow, bool>>? filter)
        where TRow : class
    {
        var rows = db.Set<TRow>().AsNoTracking();
        return filter is null ? rows : rows.Where(filter);
    }

    /// <summary>The pages of one connection field under many parents; its arguments give the filter, order and page.</summary>
    private sealed record PagesKey(FieldType Field, ArgumentsKey Arguments) : LoaderKey;

    /// <summary>The total counts of one connection field under many parents.</summary>
    private sealed record CountsKey(FieldType Field, ArgumentsKey Arguments) : LoaderKey;
}
