using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PartyOrg.Domain.Divisions;
using PartyOrg.Domain.Entities;

namespace PartyOrg.Domain.Data;

internal sealed class BranchConfiguration : IEntityTypeConfiguration<Branch>
{
    public void Configure(EntityTypeBuilder<Branch> entity)
    {
        entity.Property(b => b.Id).ValueGeneratedNever();
        entity.Property(b => b.Name).HasMaxLength(128);
        DivisionColumns.Code(entity.Property(b => b.VillageCode), DivisionLevels.Village);
        entity.Property(b => b.Version).IsConcurrencyToken();
        entity.HasOne<Village>().WithMany().HasForeignKey(b => b.VillageCode);
        entity.HasOne<Member>().WithMany().HasForeignKey(b => b.SecretaryId);

        // Children of a village, and any subtree as a range of village codes.
        entity.HasIndex(b => new { b.VillageCode, b.Id });
        entity.HasIndex(b => new { b.Rating, b.VillageCode });
    }
}

internal sealed class RectificationConfiguration : IEntityTypeConfiguration<Rectification>
{
    public void Configure(EntityTypeBuilder<Rectification> entity)
    {
        entity.Property(r => r.Id).ValueGeneratedNever();
        DivisionColumns.Code(entity.Property(r => r.VillageCode), DivisionLevels.Village);
        entity.HasOne<Branch>().WithMany(b => b.Rectifications).HasForeignKey(r => r.BranchId);
        entity.HasIndex(r => r.BranchId);
        entity.HasIndex(r => new { r.VillageCode, r.ListedYear });
    }
}

internal sealed class MemberConfiguration : IEntityTypeConfiguration<Member>
{
    public void Configure(EntityTypeBuilder<Member> entity)
    {
        entity.Property(m => m.Id).ValueGeneratedNever();
        entity.Property(m => m.Name).HasMaxLength(64);
        DivisionColumns.Code(entity.Property(m => m.VillageCode), DivisionLevels.Village);
        DivisionColumns.Code(entity.Property(m => m.RegisteredCommunityCode), DivisionLevels.Village);
        entity.Property(m => m.Version).IsConcurrencyToken();
        entity.HasOne<Branch>().WithMany().HasForeignKey(m => m.BranchId);
        entity.HasOne<Village>().WithMany().HasForeignKey(m => m.VillageCode);
        entity.HasOne<Village>().WithMany().HasForeignKey(m => m.RegisteredCommunityCode);

        entity.HasIndex(m => new { m.BranchId, m.Id });
        entity.HasIndex(m => m.VillageCode);
        entity.HasIndex(m => m.RegisteredCommunityCode);
    }
}

internal sealed class MeetingConfiguration : IEntityTypeConfiguration<Meeting>
{
    public void Configure(EntityTypeBuilder<Meeting> entity)
    {
        entity.Property(m => m.Id).ValueGeneratedNever();
        entity.HasOne<Branch>().WithMany().HasForeignKey(m => m.BranchId);
        entity.HasIndex(m => new { m.BranchId, m.HeldOn });
    }
}

internal sealed class SeedInfoConfiguration : IEntityTypeConfiguration<SeedInfo>
{
    public void Configure(EntityTypeBuilder<SeedInfo> entity)
    {
        entity.Property(s => s.Id).ValueGeneratedNever();
        entity.Property(s => s.Scale).HasMaxLength(16);
    }
}
