using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PartyOrg.Domain.Divisions;
using PartyOrg.Domain.Entities;

namespace PartyOrg.Domain.Data;

internal sealed class SuggestionConfiguration : IEntityTypeConfiguration<Suggestion>
{
    public void Configure(EntityTypeBuilder<Suggestion> entity)
    {
        entity.Property(s => s.Id).ValueGeneratedNever();
        entity.Property(s => s.Text).HasMaxLength(PublicServiceLimits.MaxTextLength);
        entity.Property(s => s.Response).HasMaxLength(PublicServiceLimits.MaxTextLength);
        entity.Property(s => s.Contact).HasMaxLength(PublicServiceLimits.MaxContactLength);
        entity.Property(s => s.DivisionCode).HasMaxLength(DivisionLevels.LongestCode).IsUnicode(false);
        DivisionColumns.Code(entity.Property(s => s.AreaCode), DivisionLevels.Village);
        entity.Property(s => s.Version).IsConcurrencyToken();
        entity.HasOne<Branch>().WithMany().HasForeignKey(s => s.CollectedByBranchId);

        // A division's own suggestions, any subtree as a range of area codes, and an organisation's.
        entity.HasIndex(s => new { s.DivisionCode, s.Id });
        entity.HasIndex(s => new { s.AreaCode, s.SubmittedOn });
        entity.HasIndex(s => s.CollectedByBranchId);
    }
}

internal sealed class PracticalMatterListConfiguration : IEntityTypeConfiguration<PracticalMatterList>
{
    public void Configure(EntityTypeBuilder<PracticalMatterList> entity)
    {
        entity.Property(l => l.Id).ValueGeneratedNever();
        entity.Property(l => l.Title).HasMaxLength(PublicServiceLimits.MaxTitleLength);
        DivisionColumns.Code(entity.Property(l => l.VillageCode), DivisionLevels.Village);
        entity.Property(l => l.Version).IsConcurrencyToken();
        entity.HasOne<Branch>().WithMany().HasForeignKey(l => l.BranchId);
        entity.HasOne<Member>().WithMany().HasForeignKey(l => l.MemberId);
        entity.HasIndex(l => new { l.BranchId, l.Id });
        entity.HasIndex(l => new { l.MemberId, l.Id });
        entity.HasIndex(l => l.VillageCode);
    }
}

internal sealed class PracticalMatterConfiguration : IEntityTypeConfiguration<PracticalMatter>
{
    public void Configure(EntityTypeBuilder<PracticalMatter> entity)
    {
        entity.Property(m => m.Id).ValueGeneratedNever();
        entity.Property(m => m.Title).HasMaxLength(PublicServiceLimits.MaxTitleLength);
        DivisionColumns.Code(entity.Property(m => m.VillageCode), DivisionLevels.Village);
        entity.Property(m => m.Version).IsConcurrencyToken();
        entity.HasOne<PracticalMatterList>().WithMany().HasForeignKey(m => m.ListId);
        entity.HasOne<Branch>().WithMany().HasForeignKey(m => m.BranchId);
        entity.HasOne<Suggestion>().WithMany().HasForeignKey(m => m.SourceSuggestionId);
        entity.HasIndex(m => new { m.ListId, m.Id });
        entity.HasIndex(m => m.BranchId);
        entity.HasIndex(m => m.VillageCode);
        entity.HasIndex(m => m.SourceSuggestionId);
    }
}

internal sealed class ServiceProjectConfiguration : IEntityTypeConfiguration<ServiceProject>
{
    public void Configure(EntityTypeBuilder<ServiceProject> entity)
    {
        entity.Property(p => p.Id).ValueGeneratedNever();
        entity.Property(p => p.Title).HasMaxLength(PublicServiceLimits.MaxTitleLength);
        DivisionColumns.Code(entity.Property(p => p.CommunityCode), DivisionLevels.Village);
        entity.Property(p => p.Version).IsConcurrencyToken();
        entity.HasOne<Village>().WithMany().HasForeignKey(p => p.CommunityCode);
        entity.HasOne<Member>().WithMany().HasForeignKey(p => p.ClaimedByMemberId);
        entity.HasOne<Branch>().WithMany().HasForeignKey(p => p.ClaimantBranchId);
        entity.HasIndex(p => new { p.CommunityCode, p.Id });
        entity.HasIndex(p => new { p.ClaimedByMemberId, p.Id });
        entity.HasIndex(p => p.ClaimantBranchId);
    }
}

internal sealed class OneNetworkServiceConfiguration : IEntityTypeConfiguration<OneNetworkService>
{
    public void Configure(EntityTypeBuilder<OneNetworkService> entity)
    {
        entity.Property(s => s.Id).ValueGeneratedNever();
        entity.Property(s => s.Name).HasMaxLength(64);
        entity.Property(s => s.NameEn).HasMaxLength(128);
        entity.Property(s => s.Department).HasMaxLength(64);
    }
}

/// <summary>The lengths the public-service text columns hold; the changes refuse longer input with a message.</summary>
public static class PublicServiceLimits
{
    public const int MaxTextLength = 500;
    public const int MaxTitleLength = 128;
    public const int MaxContactLength = 64;
}
