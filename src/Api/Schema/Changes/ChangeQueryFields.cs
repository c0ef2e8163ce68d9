using System.Globalization;
using GraphQL;
using GraphQL.Types;
using Microsoft.Extensions.Options;
using PartyOrg.Api.Changes;
using PartyOrg.Api.Querying.Loading;
using PartyOrg.Api.Querying.Paging;
using PartyOrg.Api.Security;
using PartyOrg.Domain.Changes;
using PartyOrg.Domain.Security;

namespace PartyOrg.Api.Schema.Changes;

/// <summary>
/// A focused query rather than the generic root connection: the log is only ever read forward by
/// position, and its cursor is the position itself, the same string the subscription resumes from.
/// </summary>
public sealed class ChangeQueryFields : IQueryFields
{
    public void AddTo(ObjectGraphType query) =>
        query.Field<ConnectionGraphType<ChangeEventGraphType, ChangeEvent>>("changes").Requires(Role.Partner)
            .Description("The change log of a subtree, oldest first. Page forward with `after: pageInfo.endCursor`; subscribe to `changes` with the last position to follow it live.")
            .Argument<NonNullGraphType<StringGraphType>>("scope", FeedArguments.ScopeDescription)
            .Argument<StringGraphType>("after", FeedArguments.AfterDescription + " Edge cursors are positions too.")
            .Argument<IntGraphType>("first", "Returns the first _n_ events after `after`.")
            .Argument<ListGraphType<NonNullGraphType<ChangeKindGraphType>>>("kinds", FeedArguments.KindsDescription)
            .ResolveAsync(async c =>
            {
                var services = c.RequestServices!;
                var page = PageRequest.From(c.GetArgument<int?>("first"), null, null, null, services.GetRequiredService<IOptions<PagingOptions>>().Value);
                var after = FeedArguments.After(c);
                var filter = await FeedArguments.FilterAsync(c);
                var log = services.GetRequiredService<ChangeLogReader>();
                var rows = await log.ReadAfterAsync(after ?? 0, filter, page.Size + 1, c.CancellationToken);
                var more = rows.Count > page.Size;
                var edges = rows.Take(page.Size).Select(e => new Edge<ChangeEvent>(r => r.Position.ToString(CultureInfo.InvariantCulture), e)).ToList();
                var info = new PageInfo(more, after is not null, () => edges.FirstOrDefault()?.Cursor, () => edges.LastOrDefault()?.Cursor);
                var count = new BatchLoader<int, int>(async (_, ct) => new Dictionary<int, int> { [0] = await log.CountAsync(filter, ct) }, _ => 0);
                return new Connection<ChangeEvent>(edges, info, () => count.Load(0));
            });
}
