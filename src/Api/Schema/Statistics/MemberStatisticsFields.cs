using GraphQL;
using GraphQL.Types;
using PartyOrg.Api.Querying;
using PartyOrg.Api.Querying.Loading;
using PartyOrg.Api.Schema.Common;
using PartyOrg.Domain.Statistics;

namespace PartyOrg.Api.Schema.Statistics;

/// <summary>The member figures that division and branch statistics share.</summary>
public static class MemberStatisticsFields
{
    public static void Add<T>(ObjectGraphType<T> type)
        where T : MemberRollup
    {
        type.Field<NonNullGraphType<LocalDateGraphType>>("asOf").Description("The date ages are computed at in the age figures and bands.")
            .Resolve(c => new Mapped<StatisticsInfo?, DateOnly>(RowLoaders.One<StatisticsInfo, int>(c, s => s.Id, 1), s => s?.AgeAsOf ?? default));
        type.Field<NonNullGraphType<IntGraphType>>("memberCount").Description("Members (党员).").Resolve(c => c.Source.Members);
        Pair(type, "fullMember", "Full members.", r => r.Full);
        Pair(type, "probationaryMember", "Probationary members (预备党员).", r => r.Probationary);
        Pair(type, "women", "Women members.", r => r.Women);
        Pair(type, "ethnicMinority", "Members of ethnic minorities (all but Han).", r => r.Members - r.Han);
        Pair(type, "mongol", "Mongol members.", r => r.Mongol);
        Pair(type, "collegeEducated", "Members with an associate degree or above (大专以上).", r => r.Associate + r.Bachelor + r.Postgraduate);
        Pair(type, "aged35OrUnder", "Members aged 35 or under.", r => r.Aged30OrUnder + r.Aged31To35);
        Pair(type, "aged61OrOver", "Members aged 61 or over.", r => r.Aged61OrOver);
        Pair(type, "retired", "Retired members (离退休党员).", r => r.Retired);
        Pair(type, "inServiceRegistered", "In-service members registered with a community where they live (在职党员进社区报到).", r => r.RegisteredWithCommunity);
        type.Field<NonNullGraphType<ListGraphType<NonNullGraphType<BucketGraphType>>>>("membersBy")
            .Description("Members broken down by a dimension; the buckets' counts sum to memberCount.")
            .Argument<NonNullGraphType<MemberDimensionGraphType>>("dimension", "What to break members down by.")
            .Resolve(c => Breakdowns.Of(c.Source, c.GetArgument<MemberDimension>("dimension")));
    }

    private static void Pair<T>(ObjectGraphType<T> type, string name, string description, Func<T, int> count)
        where T : MemberRollup
    {
        type.Field<NonNullGraphType<IntGraphType>>($"{name}Count").Description(description).Resolve(c => count(c.Source));
        type.Field<NonNullGraphType<FloatGraphType>>($"{name}Share").Description($"{description[..^1]}, as a percentage of all members with one decimal.")
            .Resolve(c => Share.Of(count(c.Source), c.Source.Members));
    }
}
