using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PartyOrg.Domain.Security;

namespace PartyOrg.Domain.Webhooks;

internal sealed class WebhookConfiguration : IEntityTypeConfiguration<Webhook>
{
    public void Configure(EntityTypeBuilder<Webhook> entity)
    {
        entity.HasKey(w => w.Id);
        entity.Property(w => w.ApiKeyId).HasMaxLength(ApiKeys.IdLength).IsUnicode(false);
        entity.Property(w => w.Url).HasMaxLength(2000);
        entity.Property(w => w.Secret).HasMaxLength(64);
        entity.Property(w => w.DisabledReason).HasMaxLength(500);
        entity.Property(w => w.LeaseOwner).HasMaxLength(100).IsUnicode(false);
        entity.HasOne<ApiKey>().WithMany().HasForeignKey(w => w.ApiKeyId);
        entity.HasIndex(w => w.ApiKeyId);
    }
}

internal sealed class WebhookDeliveryConfiguration : IEntityTypeConfiguration<WebhookDelivery>
{
    public void Configure(EntityTypeBuilder<WebhookDelivery> entity)
    {
        entity.HasKey(d => d.Id);
        entity.Property(d => d.MessageId).HasMaxLength(100).IsUnicode(false);
        entity.Property(d => d.Error).HasMaxLength(500);
        entity.HasOne<Webhook>().WithMany().HasForeignKey(d => d.WebhookId).OnDelete(DeleteBehavior.Cascade);
        entity.HasIndex(d => new { d.WebhookId, d.Id });
    }
}
