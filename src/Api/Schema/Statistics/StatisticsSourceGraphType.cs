using GraphQL.Types;
using PartyOrg.Api.Querying.Loading;
using PartyOrg.Api.Security;
using PartyOrg.Domain.Security;
using PartyOrg.Domain.Statistics;
using PartyOrg.Domain.Statistics.Disclosure;

namespace PartyOrg.Api.Schema.Statistics;

public sealed class StatisticsSourceGraphType : ObjectGraphType<MemberRollup>
{
    public const string Exact = "exact";

    public StatisticsSourceGraphType()
    {
        Name = "StatisticsSource";
        Description = "Where the protected figures of these statistics come from: live and exact for organizer and admin keys, the latest release with noise for everyone else (docs/PRIVACY.md).";
        this.Requires(Role.Anonymous);
        Field<NonNullGraphType<BooleanGraphType>>("exact").Description("True when every figure is live and exact; false when the protected figures come from a release.")
            .Resolve(c => c.Source.Published is null);
        Field<NonNullGraphType<StringGraphType>>("mechanism")
            .Description($"How the protected figures were made: `{Exact}`, or `{StatisticsRelease.GeometricMechanism}` (integer noise of the geometric / discrete Laplace mechanism, then made non-negative and fitted to the member count).")
            .Resolve(c => c.Source.Published is null ? Exact : StatisticsRelease.GeometricMechanism);
        Field<IntGraphType>("release").Description("The release the protected figures come from; null when exact, or for a node made since the latest release (its protected figures are 0 until the next).")
            .Resolve(c => c.Source.Published?.Release);
        Field<DateTimeGraphType>("releasedAt").Description("When that release was made (UTC); null when exact.")
            .Resolve(c => c.Source.Published?.Release is { } number ? new Mapped<StatisticsRelease?, DateTime?>(Row(c, number), r => r?.ReleasedAt.UtcDateTime) : null);
        Field<FloatGraphType>("epsilon").Description("ε of each protected count of that release: the noise has standard deviation √(2α)/(1−α), α = e^−ε. Null when exact.")
            .Resolve(c => c.Source.Published?.Release is { } number ? new Mapped<StatisticsRelease?, double?>(Row(c, number), r => r?.Epsilon) : null);
        Field<NonNullGraphType<IntGraphType>>("protectedTotal")
            .Description("The member count the protected counts sum to and their shares are computed from: the release's, or memberCount when exact.")
            .Resolve(c => c.Source.ProtectedTotal);
    }

    private static GraphQL.DataLoader.IDataLoaderResult<StatisticsRelease?> Row(GraphQL.IResolveFieldContext c, int number) =>
        RowLoaders.One<StatisticsRelease, int>(c, r => r.Number, number);
}
