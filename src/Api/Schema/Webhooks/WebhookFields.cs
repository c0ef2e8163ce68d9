using System.Globalization;
using System.Security.Cryptography;
using GraphQL;
using GraphQL.Types;
using Microsoft.EntityFrameworkCore;
using PartyOrg.Api.Schema.Changes;
using PartyOrg.Api.Schema.Common;
using PartyOrg.Api.Security;
using PartyOrg.Api.Security.Webhooks;
using PartyOrg.Domain.Data;
using PartyOrg.Domain.Security;
using PartyOrg.Domain.Webhooks;

namespace PartyOrg.Api.Schema.Webhooks;

/// <summary>
/// The webhooks of the caller's key: list, history, and their mutations. A key sees and changes only its own webhooks;
/// another key's reads as unknown. Every change clears the lease, so the instance delivering it restarts with the new settings.
/// </summary>
public sealed class WebhookFields : IQueryFields, IMutationFields
{
    void IQueryFields.AddTo(ObjectGraphType query)
    {
        query.Field<ListGraphType<NonNullGraphType<WebhookGraphType>>>("webhooks")
            .Description("The webhooks registered with the caller's key.").Requires(Role.Partner)
            .ResolveAsync(async c =>
            {
                await using var db = await Db(c);
                var key = Caller.From(c).KeyId;
                return await db.Webhooks.AsNoTracking().Where(w => w.ApiKeyId == key).OrderBy(w => w.Id).ToListAsync(c.CancellationToken);
            });
        query.Field<ListGraphType<NonNullGraphType<WebhookDeliveryGraphType>>>("webhookDeliveries")
            .Description("The latest delivery attempts of one of the caller's webhooks, newest first; empty for any other ID.").Requires(Role.Partner)
            .Argument<NonNullGraphType<IdGraphType>>("webhookId", "The webhook's ID.")
            .Argument<IntGraphType>("last", "How many attempts, at most 100 (default 20).")
            .ResolveAsync(async c =>
            {
                // Another key's webhook, like one that does not exist, has no attempts to show.
                var id = NodeId.DecodeLong(c.GetArgument<string>("webhookId"), WebhookGraphType.TypeName);
                var owner = Caller.From(c).KeyId;
                var last = Math.Clamp(c.GetArgument<int?>("last") ?? 20, 1, 100);
                await using var db = await Db(c);
                return await db.WebhookDeliveries.AsNoTracking().Where(d => d.WebhookId == id && db.Webhooks.Any(w => w.Id == id && w.ApiKeyId == owner))
                    .OrderByDescending(d => d.Id).Take(last).ToListAsync(c.CancellationToken);
            });
    }

    void IMutationFields.AddTo(ObjectGraphType mutation)
    {
        Add<CreateWebhookInputGraphType>(mutation, "createWebhook", "Registers a webhook for the caller's key (partner or higher): each event of the subscription is POSTed to the url, signed; the secret is returned once.", CreateAsync);
        Add<UpdateWebhookInputGraphType>(mutation, "updateWebhook", "Changes a webhook of the caller's key.", UpdateAsync);
        Add<WebhookIdInputGraphType>(mutation, "deleteWebhook", "Deletes a webhook of the caller's key and its delivery history.", DeleteAsync);
        Add<ReplayWebhookInputGraphType>(mutation, "replayWebhook", "Delivers every event after a position again, in order (its cursor moves back or forward to it).", ReplayAsync);
    }

    private static void Add<TInput>(ObjectGraphType mutation, string name, string description, Func<IResolveFieldContext, Task<WebhookPayload>> run)
        where TInput : IInputObjectGraphType =>
        mutation.Field<NonNullGraphType<WebhookPayloadGraphType>>(name).Description(description).Requires(Role.Partner)
            .Argument<NonNullGraphType<TInput>>("input", $"The {name} input.").ResolveAsync(async c =>
            {
                try
                {
                    return await run(c);
                }
                catch (WebhookRefusedException e)
                {
                    return new WebhookPayload(null) { Errors = [e.Error] };
                }
            });

    private static async Task<WebhookPayload> CreateAsync(IResolveFieldContext c)
    {
        var input = c.GetArgument<CreateWebhookInput>("input");
        await CheckUrlAsync(c, input.Url);
        await WebhookDocuments.CheckAsync(c, input.Query, input.Variables);
        var secret = input.Secret is null ? RandomNumberGenerator.GetBytes(32) : ParseSecret(input.Secret);
        await using var db = await Db(c);
        var head = await db.ChangeLogHeads.AsNoTracking().Select(h => (long?)h.Position).MaxAsync(c.CancellationToken) ?? 0;
        var webhook = new Webhook
        {
            ApiKeyId = Caller.From(c).KeyId!, Url = input.Url, Query = input.Query, Variables = input.Variables, Secret = secret, Cursor = head,
            CreatedAt = c.RequestServices!.GetRequiredService<TimeProvider>().GetUtcNow(),
        };
        db.Webhooks.Add(webhook);
        await db.SaveChangesAsync(c.CancellationToken);
        return new WebhookPayload(webhook, "whsec_" + Convert.ToBase64String(secret));
    }

    private static async Task<WebhookPayload> UpdateAsync(IResolveFieldContext c)
    {
        var input = c.GetArgument<UpdateWebhookInput>("input");
        var webhook = await OwnAsync(c, input.Id);
        if (input.Url is not null)
        {
            await CheckUrlAsync(c, input.Url);
        }

        await WebhookDocuments.CheckAsync(c, input.Query ?? webhook.Query, input.Variables ?? webhook.Variables);
        return await SaveAsync(c, webhook, w =>
        {
            w.Url = input.Url ?? w.Url;
            w.Query = input.Query ?? w.Query;
            w.Variables = input.Variables ?? w.Variables;
            if (input.Enabled is { } enabled)
            {
                (w.Enabled, w.DisabledReason, w.FailedAttempts, w.FailingSince) = (enabled, enabled ? null : "Disabled by updateWebhook.", 0, null);
            }
        });
    }

    private static async Task<WebhookPayload> ReplayAsync(IResolveFieldContext c)
    {
        var input = c.GetArgument<ReplayWebhookInput>("input");
        var webhook = await OwnAsync(c, input.Id);
        if (!long.TryParse(input.After, NumberStyles.None, CultureInfo.InvariantCulture, out var after))
        {
            throw new WebhookRefusedException(new InvalidInputError($"after must be a change-log position, a decimal string such as \"42\"; got '{input.After}'.", "after"));
        }

        return await SaveAsync(c, webhook, w => (w.Cursor, w.FailedAttempts, w.FailingSince) = (after, 0, null));
    }

    private static async Task<WebhookPayload> DeleteAsync(IResolveFieldContext c)
    {
        var input = c.GetArgument<WebhookIdInput>("input");
        var webhook = await OwnAsync(c, input.Id);
        await using var db = await Db(c);
        await db.WebhookDeliveries.Where(d => d.WebhookId == webhook.Id).ExecuteDeleteAsync(c.CancellationToken);
        await db.Webhooks.Where(w => w.Id == webhook.Id).ExecuteDeleteAsync(c.CancellationToken);
        return new WebhookPayload(null, DeletedId: input.Id);
    }

    private static async Task<WebhookPayload> SaveAsync(IResolveFieldContext c, Webhook webhook, Action<Webhook> change)
    {
        await using var db = await Db(c);
        db.Webhooks.Attach(webhook);
        change(webhook);
        (webhook.LeaseOwner, webhook.LeaseUntil) = (null, 0);
        await db.SaveChangesAsync(c.CancellationToken);
        return new WebhookPayload(webhook);
    }

    private static async Task<Webhook> OwnAsync(IResolveFieldContext c, string id)
    {
        var key = NodeId.DecodeLong(id, WebhookGraphType.TypeName);
        var owner = Caller.From(c).KeyId;
        await using var db = await Db(c);
        return await db.Webhooks.AsNoTracking().SingleOrDefaultAsync(w => w.Id == key && w.ApiKeyId == owner, c.CancellationToken)
            ?? throw new WebhookRefusedException(new NotFoundError($"There is no webhook '{id}' of this key.", "id"));
    }

    private static async Task CheckUrlAsync(IResolveFieldContext c, string url)
    {
        if (await c.RequestServices!.GetRequiredService<WebhookTargets>().RefusalAsync(url, c.CancellationToken) is { } refusal)
        {
            throw new WebhookRefusedException(new InvalidInputError(refusal, "url"));
        }
    }

    private static byte[] ParseSecret(string text)
    {
        try
        {
            var bytes = text.StartsWith("whsec_", StringComparison.Ordinal) ? Convert.FromBase64String(text[6..]) : null;
            return bytes is { Length: >= 24 and <= 64 } ? bytes : throw new FormatException();
        }
        catch (FormatException e)
        {
            throw new WebhookRefusedException(new InvalidInputError("secret must be whsec_ followed by the base64 of 24 to 64 bytes.", "secret"), e);
        }
    }

    private static Task<PartyDbContext> Db(IResolveFieldContext c) =>
        c.RequestServices!.GetRequiredService<IDbContextFactory<PartyDbContext>>().CreateDbContextAsync(c.CancellationToken);
}
