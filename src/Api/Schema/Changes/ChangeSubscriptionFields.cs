using GraphQL;
using GraphQL.Types;
using Microsoft.Extensions.Options;
using PartyOrg.Api.Changes;
using PartyOrg.Api.Changes.Statistics;
using PartyOrg.Api.Querying;
using PartyOrg.Api.Querying.Paging;
using PartyOrg.Api.Schema.Common;
using PartyOrg.Domain.Divisions;

namespace PartyOrg.Api.Schema.Changes;

public sealed class ChangeSubscriptionFields : ISubscriptionFields
{
    public void AddTo(ObjectGraphType subscription)
    {
        subscription.Field<NonNullGraphType<ChangeEventGraphType>>("changes")
            .Description("Events in a subtree as they are committed, in position order. With `after`, first every stored event after that position, then live ones, without a gap or a duplicate; without it, only events committed after the subscription starts.")
            .Argument<NonNullGraphType<StringGraphType>>("scope", FeedArguments.ScopeDescription)
            .Argument<StringGraphType>("after", FeedArguments.AfterDescription + " It may not lie beyond the last committed event.")
            .Argument<ListGraphType<NonNullGraphType<ChangeKindGraphType>>>("kinds", FeedArguments.KindsDescription)
            .ResolveStreamAsync(async c =>
            {
                var filter = await FeedArguments.FilterAsync(c);
                var positions = StreamPositions.From(c.UserContext);
                var after = positions?.ResumeAfter ?? FeedArguments.After(c);
                var streams = c.RequestServices!.GetRequiredService<ChangeStreams>();
                var head = await streams.Log.HeadAsync(c.CancellationToken);
                if (after > head)
                {
                    // Following on from there would silently skip whatever is committed up to that position.
                    throw FeedArguments.InvalidPosition(PositionText(after.Value), $"lies beyond the last committed event ({head}): it is not from this change log.");
                }

                return streams.Events(filter, after ?? head, positions);
            });

        subscription.Field<NonNullGraphType<DivisionStatisticsChangedGraphType>>("statisticsChanged")
            .Description("Fresh statistics of the named divisions whenever a change touches their subtree (an event touches every division above its village and, for a transfer, above the village left), at most once per division per interval (Changes:StatisticsCoalesceMilliseconds, default 1000 ms); the last change of a burst is always sent.")
            .Argument<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("codes", "The division codes to watch.")
            .ResolveStreamAsync(async c =>
            {
                var codes = c.GetArgument<List<string>>("codes").Distinct(StringComparer.Ordinal).ToList();
                var services = c.RequestServices!;
                var max = services.GetRequiredService<IOptions<PagingOptions>>().Value.MaxNodeIds;
                if (codes.Count > max)
                {
                    throw new QueryError(QueryErrorCodes.TooManyNodes,
                        $"At most {max} divisions can be watched at once; this subscription named {codes.Count}.",
                        new Dictionary<string, object?>(StringComparer.Ordinal) { ["requestedNodes"] = codes.Count, ["maxAllowedNodes"] = max });
                }

                var watched = new List<WatchedDivision>();
                foreach (var code in codes)
                {
                    var division = await FeedArguments.DivisionAsync(c, code, "codes");
                    watched.Add(new WatchedDivision(code, division.SubtreePrefix(), division));
                }

                var streams = services.GetRequiredService<ChangeStreams>();
                var positions = StreamPositions.From(c.UserContext);
                var head = await streams.Log.HeadAsync(c.CancellationToken);
                return streams.Statistics(watched, Math.Min(positions?.ResumeAfter ?? head, head), positions);
            });
    }

    private static string PositionText(long position) => position.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
