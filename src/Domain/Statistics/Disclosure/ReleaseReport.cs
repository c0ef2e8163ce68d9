using System.Globalization;

namespace PartyOrg.Domain.Statistics.Disclosure;

/// <summary>What <c>stats release</c> prints.</summary>
public static class ReleaseReport
{
    public static string Of(StatisticsRelease? release) => release is null
        ? "Another instance made the same release at the same moment; nothing was written."
        : string.Create(CultureInfo.InvariantCulture,
            $"Released the protected figures as release {release.Number} at {release.ReleasedAt:u} ({release.Mechanism} mechanism, epsilon {release.Epsilon} per count).");
}
