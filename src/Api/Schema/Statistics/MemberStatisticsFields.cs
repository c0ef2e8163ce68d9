using System.Linq.Expressions;
using GraphQL;
using GraphQL.Types;
using PartyOrg.Api.Querying;
using PartyOrg.Api.Querying.Loading;
using PartyOrg.Api.Schema.Common;
using PartyOrg.Api.Security;
using PartyOrg.Domain.Statistics;

namespace PartyOrg.Api.Schema.Statistics;

/// <summary>The member figures that division and branch statistics share.</summary>
public static class MemberStatisticsFields
{
    public static void Add<T>(ObjectGraphType<T> type)
        where T : MemberRollup
    {
        type.Field<NonNullGraphType<LocalDateGraphType>>("asOf").Description("The date ages are computed at in the age figures and bands.").Reads()
            .Resolve(c => new Mapped<StatisticsInfo?, DateOnly>(RowLoaders.One<StatisticsInfo, int>(c, s => s.Id, 1), s => s?.AgeAsOf ?? default));
        type.Field<NonNullGraphType<IntGraphType>>("memberCount").Description("Members (党员).").Reads(nameof(MemberRollup.Members)).Resolve(c => c.Source.Members);
        Protected(type, "fullMember", "Full members.", r => r.Full);
        Protected(type, "probationaryMember", "Probationary members (预备党员).", r => r.Probationary);
        Protected(type, "women", "Women members.", r => r.Women);
        Protected(type, "ethnicMinority", "Members of ethnic minorities (all but Han).", r => r.ProtectedTotal - r.Han);
        Protected(type, "mongol", "Mongol members.", r => r.Mongol);
        Protected(type, "collegeEducated", "Members with an associate degree or above (大专以上).", r => r.Associate + r.Bachelor + r.Postgraduate);
        Protected(type, "aged35OrUnder", "Members aged 35 or under.", r => r.Aged30OrUnder + r.Aged31To35);
        Protected(type, "aged61OrOver", "Members aged 61 or over.", r => r.Aged61OrOver);
        Protected(type, "retired", "Retired members (离退休党员).", r => r.Retired);
        type.Field<NonNullGraphType<IntGraphType>>("inServiceRegisteredCount")
            .Description("In-service members registered with a community where they live (在职党员进社区报到).")
            .Reads(nameof(MemberRollup.RegisteredWithCommunity)).Resolve(c => c.Source.RegisteredWithCommunity);
        type.Field<NonNullGraphType<FloatGraphType>>("inServiceRegisteredShare")
            .Description("In-service members registered with a community where they live (在职党员进社区报到), as a percentage of all members with one decimal.")
            .Reads(nameof(MemberRollup.RegisteredWithCommunity), nameof(MemberRollup.Members)).Resolve(c => Share.Of(c.Source.RegisteredWithCommunity, c.Source.Members));
        type.Field<NonNullGraphType<ListGraphType<NonNullGraphType<BucketGraphType>>>>("membersBy")
            .Description("Members broken down by a dimension; the buckets' counts sum to memberCount, or for a protected value to `source.protectedTotal` (JOIN_PERIOD is not protected: exact for everyone).")
            .Argument<NonNullGraphType<MemberDimensionGraphType>>("dimension", "What to break members down by.")
            .Resolve(c => Breakdowns.Of(c.Source, c.GetArgument<MemberDimension>("dimension")))
            .Protected();
        type.Field<NonNullGraphType<StatisticsSourceGraphType>>(ReleasedView.SourceField).Description("Which release and mechanism the protected figures come from.")
            .Reads(nameof(MemberRollup.Members)).Resolve(c => c.Source);
    }

    /// <summary>A count from members' personal attributes and its share, of the total the protected counts sum to.</summary>
    private static void Protected<T>(ObjectGraphType<T> type, string name, string description, Expression<Func<T, int>> count)
        where T : MemberRollup
    {
        var read = count.Compile();
        type.Field<NonNullGraphType<IntGraphType>>($"{name}Count").Description(description).ResolveCount(count).Protected();
        // The share's whole is ProtectedTotal: the release's member count, or the live Members.
        type.Field<NonNullGraphType<FloatGraphType>>($"{name}Share").Description($"{description[..^1]}, as a percentage of all members with one decimal.")
            .Reads([.. RollupColumns.Of(count), nameof(MemberRollup.Members)])
            .Resolve(c => Share.Of(read(c.Source), c.Source.ProtectedTotal)).Protected();
    }
}
