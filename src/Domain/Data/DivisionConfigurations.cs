using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PartyOrg.Domain.Entities;

namespace PartyOrg.Domain.Data;

internal static class DivisionColumns
{
    public static void Code<T>(PropertyBuilder<T> property, int length) =>
        property.HasMaxLength(length).IsUnicode(false).IsFixedLength();

    public static void Names<T>(EntityTypeBuilder<T> entity, bool hasEnglish)
        where T : class
    {
        entity.Property("Name").HasMaxLength(64);
        if (hasEnglish)
        {
            entity.Property("NameEn").HasMaxLength(128);
        }
    }
}

internal sealed class RegionConfiguration : IEntityTypeConfiguration<Region>
{
    public void Configure(EntityTypeBuilder<Region> entity)
    {
        entity.HasKey(r => r.Code);
        DivisionColumns.Code(entity.Property(r => r.Code), 6);
        DivisionColumns.Names(entity, hasEnglish: true);
    }
}

internal sealed class LeagueConfiguration : IEntityTypeConfiguration<League>
{
    public void Configure(EntityTypeBuilder<League> entity)
    {
        entity.HasKey(l => l.Code);
        DivisionColumns.Code(entity.Property(l => l.Code), 6);
        DivisionColumns.Code(entity.Property(l => l.RegionCode), 6);
        DivisionColumns.Names(entity, hasEnglish: true);
        entity.HasOne<Region>().WithMany().HasForeignKey(l => l.RegionCode);
    }
}

internal sealed class BannerConfiguration : IEntityTypeConfiguration<Banner>
{
    public void Configure(EntityTypeBuilder<Banner> entity)
    {
        entity.HasKey(b => b.Code);
        DivisionColumns.Code(entity.Property(b => b.Code), 6);
        DivisionColumns.Code(entity.Property(b => b.LeagueCode), 6);
        DivisionColumns.Names(entity, hasEnglish: true);
        entity.HasOne<League>().WithMany().HasForeignKey(b => b.LeagueCode);
    }
}

internal sealed class TownshipConfiguration : IEntityTypeConfiguration<Township>
{
    public void Configure(EntityTypeBuilder<Township> entity)
    {
        entity.HasKey(t => t.Code);
        DivisionColumns.Code(entity.Property(t => t.Code), 9);
        DivisionColumns.Code(entity.Property(t => t.BannerCode), 6);
        DivisionColumns.Names(entity, hasEnglish: false);
        entity.HasOne<Banner>().WithMany().HasForeignKey(t => t.BannerCode);
    }
}

internal sealed class VillageConfiguration : IEntityTypeConfiguration<Village>
{
    public void Configure(EntityTypeBuilder<Village> entity)
    {
        entity.HasKey(v => v.Code);
        DivisionColumns.Code(entity.Property(v => v.Code), 12);
        DivisionColumns.Code(entity.Property(v => v.TownshipCode), 9);
        DivisionColumns.Names(entity, hasEnglish: false);
        entity.Property(v => v.Version).IsConcurrencyToken();
        entity.HasOne<Township>().WithMany().HasForeignKey(v => v.TownshipCode);
    }
}
