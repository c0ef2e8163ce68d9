using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using PartyOrg.Api.Tests.Support;
using PartyOrg.Domain.Security;
using PartyOrg.Domain.Statistics.Disclosure;

namespace PartyOrg.Api.Tests.Security.Privacy;

/// <summary>The demo data with a fixed noise secret, so every release of a test run publishes the same values.</summary>
public sealed class PrivacyApi : ApiFactory
{
    /// <summary>The roles that read protected figures from a release.</summary>
    public static readonly Role[] ThirdParties = [Role.Anonymous, Role.Dashboard, Role.Partner];

    /// <summary>Every protected scalar of <c>Statistics</c> and <c>BranchStatistics</c>, and the protected breakdowns.</summary>
    public const string ProtectedSelection =
        "fullMemberCount fullMemberShare probationaryMemberCount probationaryMemberShare womenCount womenShare ethnicMinorityCount ethnicMinorityShare " +
        "mongolCount mongolShare collegeEducatedCount collegeEducatedShare aged35OrUnderCount aged35OrUnderShare aged61OrOverCount aged61OrOverShare " +
        "retiredCount retiredShare gender: membersBy(dimension: GENDER) { key count share } ethnicity: membersBy(dimension: ETHNICITY) { key count share } " +
        "age: membersBy(dimension: AGE_BAND) { key count share } education: membersBy(dimension: EDUCATION) { key count share } " +
        "occupation: membersBy(dimension: OCCUPATION) { key count share } status: membersBy(dimension: STATUS) { key count share }";

    protected override IEnumerable<KeyValuePair<string, string>> Settings => [new("Privacy:Secret", "the privacy tests' fixed secret")];

    /// <summary>The key of a role (null for anonymous), region-wide.</summary>
    public string? KeyOf(Role role) => role == Role.Anonymous ? null : Key(role);

    public async Task<JsonElement> DataAsAsync(Role role, string query, object? variables = null)
    {
        var body = await QueryAsAsync(KeyOf(role), query, variables);
        Assert.False(body.TryGetProperty("errors", out var errors), $"{role}: {errors}");
        return body.GetProperty("data");
    }

    /// <summary>Makes the next release now, as the release job would when its period is over.</summary>
    public async Task<StatisticsRelease> ReleaseAsync() =>
        await Services.GetRequiredService<StatisticsReleaser>().ReleaseAsync(CancellationToken.None) ?? throw new InvalidOperationException("No release was made.");
}
