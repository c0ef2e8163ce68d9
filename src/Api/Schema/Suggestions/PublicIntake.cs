using System.Threading.RateLimiting;
using PartyOrg.Api.Security;
using PartyOrg.Domain.Changes;
using PartyOrg.Domain.Changes.PublicService;
using PartyOrg.Domain.Data;
using PartyOrg.Domain.Entities;
using PartyOrg.Domain.Security;

namespace PartyOrg.Api.Schema.Suggestions;

/// <summary>
/// Suggestions from the public: anyone, without a key, may submit one through <c>submitSuggestion</c> and do nothing
/// else. Each client address gets <see cref="PublicIntakeOptions.PerAddressPerHour"/> submissions an hour, each
/// division <see cref="PublicIntakeOptions.DailyCapPerDivision"/> a day; organizers and admins are not limited.
/// </summary>
public sealed class PublicIntake(PublicIntakeOptions options, SuggestionChanges changes) : IDisposable
{
    private readonly PartitionedRateLimiter<string> _perAddress = PartitionedRateLimiter.Create<string, string>(address =>
        RateLimitPartition.GetFixedWindowLimiter(address, _ => new FixedWindowRateLimiterOptions
        {
            PermitLimit = options.PerAddressPerHour,
            Window = TimeSpan.FromHours(1),
            QueueLimit = 0,
            AutoReplenishment = true,
        }));

    public async Task<ChangeOutcome<Suggestion>> SubmitAsync(SubmitSuggestionInput input, Caller caller, CancellationToken cancellationToken)
    {
        if (caller.Role >= Role.Organizer)
        {
            return await changes.SubmitAsync(input.ToChange(null), caller.Scope, cancellationToken);
        }

        if (input.Channel is not null || input.CollectedByBranchId is not null)
        {
            return ChangeOutcome.Invalid<Suggestion>("The public intake takes a division, the text and a contact; the channel and the collecting organisation are for organizer keys.",
                input.Channel is not null ? "channel" : "collectedByBranchId");
        }

        if (input.Text?.Length > PublicServiceLimits.MaxTextLength)
        {
            return ChangeOutcome.Invalid<Suggestion>($"The text has at most {PublicServiceLimits.MaxTextLength} characters; it has {input.Text.Length}.", "text");
        }

        using var lease = _perAddress.AttemptAcquire(caller.RateLimitPartition(caller.ClientAddress));
        if (!lease.IsAcquired)
        {
            return ChangeOutcome.Failure<Suggestion>(new ChangeError(ChangeErrorCode.LimitExceeded,
                $"The public intake takes {options.PerAddressPerHour} suggestions an hour from one client address; try again later."));
        }

        return await changes.SubmitAsync(input.ToChange(options.DailyCapPerDivision), caller.Scope, cancellationToken);
    }

    public void Dispose() => _perAddress.Dispose();
}

/// <summary>The <c>PublicIntake</c> section.</summary>
public sealed class PublicIntakeOptions
{
    public const string Section = "PublicIntake";

    public int PerAddressPerHour { get; set; } = 5;

    public int DailyCapPerDivision { get; set; } = 100;

    public static PublicIntakeOptions Load(IConfiguration configuration)
    {
        PublicIntakeOptions options;
        try
        {
            options = configuration.GetSection(Section).Get<PublicIntakeOptions>() ?? new PublicIntakeOptions();
        }
        catch (InvalidOperationException e)
        {
            throw new ConfigurationException($"{e.Message} Expected: PublicIntake:PerAddressPerHour and DailyCapPerDivision are whole numbers.");
        }

        return options.PerAddressPerHour < 1 || options.DailyCapPerDivision < 1
            ? throw new ConfigurationException($"PublicIntake:PerAddressPerHour and DailyCapPerDivision must be positive, got {options.PerAddressPerHour} and {options.DailyCapPerDivision}.")
            : options;
    }
}
