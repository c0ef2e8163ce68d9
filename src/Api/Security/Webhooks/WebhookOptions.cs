using PartyOrg.Domain.Data;

namespace PartyOrg.Api.Security.Webhooks;

/// <summary>The <c>Webhooks</c> configuration section: where webhooks may point and how they are delivered and retried.</summary>
public sealed class WebhookOptions
{
    public const string Section = "Webhooks";

    /// <summary>Whether this instance delivers webhooks; an instance that only serves requests may leave it to the others.</summary>
    public bool Deliver { get; set; } = true;

    /// <summary>Whether URLs must be https; when unset, in Production only.</summary>
    public bool? RequireHttps { get; set; }

    /// <summary>Lets webhooks reach loopback, private, link-local and metadata addresses (a test's local receiver); off by default.</summary>
    public bool AllowPrivateTargets { get; set; }

    public double ConnectTimeoutSeconds { get; set; } = 5;

    /// <summary>The whole attempt, from connecting to the end of the answer's headers.</summary>
    public double TimeoutSeconds { get; set; } = 10;

    /// <summary>Most bytes of an answer's body that are read (kept with a failed attempt); the rest is never read.</summary>
    public int MaxResponseBytes { get; set; } = 4096;

    /// <summary>The wait before the first retry; it doubles every attempt, with up to 20% jitter, up to <see cref="MaxRetrySeconds"/>.</summary>
    public double FirstRetrySeconds { get; set; } = 5;

    public double MaxRetrySeconds { get; set; } = 600;

    /// <summary>An event failing for longer than this disables its webhook, with the reason.</summary>
    public double RetryHorizonMinutes { get; set; } = 1440;

    /// <summary>How long an instance holds a webhook without renewing its lease; longer than any attempt.</summary>
    public double LeaseSeconds { get; set; } = 60;

    /// <summary>How often each instance looks for webhooks no instance delivers.</summary>
    public double PollSeconds { get; set; } = 2;

    /// <summary>Delivery attempts older than this many days are deleted (by the dispatcher, every <see cref="PruneSeconds"/>).</summary>
    public double KeepDeliveryDays { get; set; } = 30;

    /// <summary>Most delivery attempts kept per webhook, the newest; older ones are deleted.</summary>
    public int KeepDeliveriesPerWebhook { get; set; } = 1000;

    /// <summary>How often each delivering instance deletes delivery attempts past <see cref="KeepDeliveryDays"/> and <see cref="KeepDeliveriesPerWebhook"/>.</summary>
    public double PruneSeconds { get; set; } = 300;

    public bool HttpsRequired(IHostEnvironment? environment) => RequireHttps ?? environment?.IsProduction() ?? true;

    public static WebhookOptions Load(IConfiguration? configuration)
    {
        WebhookOptions options;
        try
        {
            options = configuration?.GetSection(Section).Get<WebhookOptions>() ?? new();
        }
        catch (InvalidOperationException e)
        {
            throw new ConfigurationException($"{e.Message} Expected: {Section} times as numbers of seconds (RetryHorizonMinutes in minutes), switches true or false.");
        }

        if (options.ConnectTimeoutSeconds <= 0 || options.TimeoutSeconds <= 0 || options.MaxResponseBytes is < 0 or > 1_048_576 || options.FirstRetrySeconds <= 0 ||
            options.MaxRetrySeconds < options.FirstRetrySeconds || options.RetryHorizonMinutes <= 0 || options.LeaseSeconds <= options.TimeoutSeconds || options.PollSeconds <= 0 ||
            options.KeepDeliveryDays <= 0 || options.KeepDeliveriesPerWebhook < 1 || options.PruneSeconds <= 0)
        {
            throw new ConfigurationException(
                $"{Section} needs positive timeouts, MaxResponseBytes from 0 to 1048576, MaxRetrySeconds at least FirstRetrySeconds, a positive RetryHorizonMinutes " +
                "and PollSeconds, LeaseSeconds longer than TimeoutSeconds, a positive KeepDeliveryDays and PruneSeconds and KeepDeliveriesPerWebhook at least 1.");
        }

        return options;
    }
}
