using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PartyOrg.Domain.Divisions;

namespace PartyOrg.Domain.Security;

internal sealed class ApiKeyConfiguration : IEntityTypeConfiguration<ApiKey>
{
    public void Configure(EntityTypeBuilder<ApiKey> entity)
    {
        entity.HasKey(k => k.Id);
        entity.Property(k => k.Id).HasMaxLength(ApiKeys.IdLength).IsUnicode(false).ValueGeneratedNever();
        entity.Property(k => k.Name).HasMaxLength(ApiKeys.MaxNameLength);
        entity.Property(k => k.Role).HasConversion<string>().HasMaxLength(16).IsUnicode(false);
        entity.Property(k => k.ScopeCode).HasMaxLength(DivisionLevels.LongestCode).IsUnicode(false);
        entity.Property(k => k.SecretHash).HasMaxLength(32);
        entity.Property(k => k.PseudonymSalt).HasMaxLength(32);
    }
}
