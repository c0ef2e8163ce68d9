using GraphQL.Types;
using PartyOrg.Api.Schema.Changes;
using PartyOrg.Api.Schema.Common;
using PartyOrg.Api.Security;
using PartyOrg.Domain.Security;
using PartyOrg.Domain.Webhooks;

namespace PartyOrg.Api.Schema.Webhooks;

public sealed class WebhookGraphType : ObjectGraphType<Webhook>
{
    public const string TypeName = "Webhook";

    public WebhookGraphType()
    {
        Name = TypeName;
        Description = "An endpoint called once per event of a subscription, in log order, signed as Standard Webhooks say, as the key that registered it.";
        this.Requires(Role.Partner);
        Field<NonNullGraphType<IdGraphType>>("id").Description("The webhook's global ID.").Resolve(c => NodeId.Encode(TypeName, c.Source.Id));
        Field(w => w.Url).Description("Where each event is POSTed.");
        Field(w => w.Query).Description("The changes or statisticsChanged subscription whose results are the bodies.");
        Field(w => w.Variables, nullable: true).Description("The subscription's variables, a JSON object as text.");
        Field<NonNullGraphType<StringGraphType>>("cursor").Description("The position of the last event delivered; delivery resumes after it.")
            .Resolve(c => c.Source.Cursor.ToString(System.Globalization.CultureInfo.InvariantCulture));
        Field(w => w.Enabled).Description("False once delivery stopped; see disabledReason.");
        Field(w => w.DisabledReason, nullable: true).Description("Why delivery stopped: the retry horizon passed, the key was revoked, the subscription no longer runs.");
        Field(w => w.FailedAttempts).Description("Failed attempts of the event being delivered now.");
        Field<NonNullGraphType<DateTimeGraphType>>("createdAt").Description("When it was registered (UTC).").Resolve(c => c.Source.CreatedAt.UtcDateTime);
    }
}

public sealed class WebhookDeliveryGraphType : ObjectGraphType<WebhookDelivery>
{
    public WebhookDeliveryGraphType()
    {
        Name = "WebhookDelivery";
        Description = "One attempt to deliver one event.";
        this.Requires(Role.Partner);
        Field(d => d.MessageId).Description("The webhook-id header: the event's change-log position.");
        Field<NonNullGraphType<StringGraphType>>("attempt").Description("The attempt's number; attempts of one webhook are numbered in order, whichever instance made them.")
            .Resolve(c => c.Source.Attempt.ToString(System.Globalization.CultureInfo.InvariantCulture));
        Field<NonNullGraphType<DateTimeGraphType>>("attemptedAt").Description("When it was sent (UTC).").Resolve(c => c.Source.AttemptedAt.UtcDateTime);
        Field(d => d.StatusCode, nullable: true).Description("The HTTP status of the answer; null when none came.");
        Field(d => d.Succeeded).Description("Answered with a 2xx status.");
        Field(d => d.LatencyMilliseconds).Description("From sending to the answer's headers.");
        Field(d => d.Error, nullable: true).Description("Why it failed, or the start of the answer's body.");
    }
}

public sealed record CreateWebhookInput(string Url, string Query, string? Variables, string? Secret);

public sealed record UpdateWebhookInput(string Id, string? Url, string? Query, string? Variables, bool? Enabled);

public sealed record WebhookIdInput(string Id);

public sealed record ReplayWebhookInput(string Id, string After);

public sealed record WebhookPayload(Webhook? Webhook, string? Secret = null, string? DeletedId = null)
{
    public IReadOnlyList<MutationError>? Errors { get; init; }
}

/// <summary>A webhook mutation refused for its input: answered in the payload's <c>errors</c>, as the other mutations are.</summary>
public sealed class WebhookRefusedException(MutationError error, Exception? inner = null) : Exception(error.Message, inner)
{
    public MutationError Error { get; } = error;
}

public sealed class CreateWebhookInputGraphType : InputObjectGraphType<CreateWebhookInput>
{
    public CreateWebhookInputGraphType()
    {
        Name = "CreateWebhookInput";
        Description = "A webhook to register.";
        Field(i => i.Url).Description("An absolute URL; https in Production; its host must resolve to public addresses only.");
        Field(i => i.Query).Description("A subscription document with one root field, changes or statisticsChanged.");
        Field(i => i.Variables, nullable: true).Description("The document's variables, a JSON object as text.");
        Field(i => i.Secret, nullable: true).Description("A signing secret, whsec_ + base64 of 24 to 64 bytes; generated when omitted.");
    }
}

public sealed class UpdateWebhookInputGraphType : InputObjectGraphType<UpdateWebhookInput>
{
    public UpdateWebhookInputGraphType()
    {
        Name = "UpdateWebhookInput";
        Description = "What to change in a webhook; omitted fields stay. Enabling it again clears its failures.";
        Field<NonNullGraphType<IdGraphType>>("id").Description("The webhook's ID.");
        Field(i => i.Url, nullable: true).Description("A new URL, checked as at creation.");
        Field(i => i.Query, nullable: true).Description("A new subscription document, checked as at creation.");
        Field(i => i.Variables, nullable: true).Description("New variables, a JSON object as text.");
        Field(i => i.Enabled, nullable: true).Description("Stop or restart delivery.");
    }
}

public sealed class WebhookIdInputGraphType : InputObjectGraphType<WebhookIdInput>
{
    public WebhookIdInputGraphType()
    {
        Name = "DeleteWebhookInput";
        Description = "The webhook to delete, with its delivery history.";
        Field<NonNullGraphType<IdGraphType>>("id").Description("The webhook's ID.");
    }
}

public sealed class ReplayWebhookInputGraphType : InputObjectGraphType<ReplayWebhookInput>
{
    public ReplayWebhookInputGraphType()
    {
        Name = "ReplayWebhookInput";
        Description = "Where to deliver from again.";
        Field<NonNullGraphType<IdGraphType>>("id").Description("The webhook's ID.");
        Field(i => i.After).Description("A change-log position: every event after it is delivered again, in order.");
    }
}

public sealed class WebhookPayloadGraphType : ObjectGraphType<WebhookPayload>
{
    public WebhookPayloadGraphType()
    {
        Name = "WebhookPayload";
        Description = "The answer to createWebhook, updateWebhook, deleteWebhook and replayWebhook.";
        this.Requires(Role.Partner);
        Field<WebhookGraphType>("webhook").Description("The webhook as it is now; null once deleted.").Resolve(c => c.Source.Webhook);
        Field(p => p.Secret, nullable: true).Description("The signing secret (whsec_…), given once, by createWebhook only.");
        Field<IdGraphType>("deletedId").Description("The ID deleteWebhook removed.").Resolve(c => c.Source.DeletedId);
        var errors = new UnionGraphType { Name = "WebhookError", Description = "Why a webhook mutation may be refused." };
        errors.Type<InvalidInputErrorGraphType>();
        errors.Type<NotFoundErrorGraphType>();
        Field("errors", new ListGraphType(new NonNullGraphType(errors))).Description("Why the mutation was refused; null when it succeeded.").Resolve(c => c.Source.Errors);
    }
}
