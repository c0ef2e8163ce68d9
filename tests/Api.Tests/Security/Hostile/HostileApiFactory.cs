using PartyOrg.Api.Tests.Support;

namespace PartyOrg.Api.Tests.Security.Hostile;

/// <summary>
/// The API as it runs in production: production limits, no exception details, introspection off for all but
/// admin keys. Only rate limiting is off, so that the corpus itself is not refused with 429.
/// </summary>
public sealed class HostileApiFactory : ApiFactory
{
    protected override string EnvironmentName => "Production";

    protected override bool DefaultLimits => true;

    protected override IEnumerable<KeyValuePair<string, string>> Settings =>
        [new("Security:RateLimits:Enabled", "false"), new("PublicIntake:PerAddressPerHour", "1000")];
}
