using PartyOrg.Domain.Data;

namespace PartyOrg.Domain.Statistics.Disclosure;

/// <summary>The <c>Privacy</c> configuration section: how protected figures are released to third-party roles.</summary>
public sealed class PrivacyOptions
{
    public const string Section = "Privacy";

    /// <summary>ε of each protected count in a release; smaller is safer and noisier.</summary>
    public double Epsilon { get; set; } = 1.0;

    /// <summary>How often a new release is made.</summary>
    public double ReleaseHours { get; set; } = 24;

    /// <summary>
    /// The server secret the noise is derived from (any string, at least 16 characters). Without it each
    /// release draws a random key; the values are stored, so instances agree either way.
    /// </summary>
    public string? Secret { get; set; }

    public TimeSpan ReleasePeriod => TimeSpan.FromHours(ReleaseHours);

    public void Validate()
    {
        if (!double.IsFinite(Epsilon) || Epsilon is < 0.01 or > 10 || !double.IsFinite(ReleaseHours) || ReleaseHours is < 0.01 or > 24 * 366 ||
            Secret is { Length: < 16 })
        {
            throw new ConfigurationException(
                $"{Section} needs Epsilon from 0.01 to 10, ReleaseHours from 0.01 to 8784 and, if set, a Secret of at least 16 characters; " +
                $"got Epsilon {Epsilon}, ReleaseHours {ReleaseHours}, a Secret of {Secret?.Length ?? 0} characters.");
        }
    }
}
