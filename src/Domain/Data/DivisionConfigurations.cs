using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PartyOrg.Domain.Divisions;
using PartyOrg.Domain.Entities;

namespace PartyOrg.Domain.Data;

internal static class DivisionColumns
{
    public static void Code<T>(PropertyBuilder<T> property, LevelSpec level) =>
        property.HasMaxLength(level.CodeLength).IsUnicode(false).IsFixedLength();

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
        DivisionColumns.Code(entity.Property(r => r.Code), DivisionLevels.Region);
        DivisionColumns.Names(entity, hasEnglish: true);
    }
}

internal sealed class LeagueConfiguration : IEntityTypeConfiguration<League>
{
    public void Configure(EntityTypeBuilder<League> entity)
    {
        entity.HasKey(l => l.Code);
        DivisionColumns.Code(entity.Property(l => l.Code), DivisionLevels.League);
        DivisionColumns.Code(entity.Property(l => l.RegionCode), DivisionLevels.Region);
        DivisionColumns.Names(entity, hasEnglish: true);
        entity.HasOne<Region>().WithMany().HasForeignKey(l => l.RegionCode);
    }
}

internal sealed class BannerConfiguration : IEntityTypeConfiguration<Banner>
{
    public void Configure(EntityTypeBuilder<Banner> entity)
    {
        entity.HasKey(b => b.Code);
        DivisionColumns.Code(entity.Property(b => b.Code), DivisionLevels.Banner);
        DivisionColumns.Code(entity.Property(b => b.LeagueCode), DivisionLevels.League);
        DivisionColumns.Names(entity, hasEnglish: true);
        entity.HasOne<League>().WithMany().HasForeignKey(b => b.LeagueCode);
    }
}

internal sealed class TownshipConfiguration : IEntityTypeConfiguration<Township>
{
    public void Configure(EntityTypeBuilder<Township> entity)
    {
        entity.HasKey(t => t.Code);
        DivisionColumns.Code(entity.Property(t => t.Code), DivisionLevels.Township);
        DivisionColumns.Code(entity.Property(t => t.BannerCode), DivisionLevels.Banner);
        DivisionColumns.Names(entity, hasEnglish: false);
        entity.HasOne<Banner>().WithMany().HasForeignKey(t => t.BannerCode);
    }
}

internal sealed class VillageConfiguration : IEntityTypeConfiguration<Village>
{
    public void Configure(EntityTypeBuilder<Village> entity)
    {
        entity.HasKey(v => v.Code);
        DivisionColumns.Code(entity.Property(v => v.Code), DivisionLevels.Village);
        DivisionColumns.Code(entity.Property(v => v.TownshipCode), DivisionLevels.Township);
        DivisionColumns.Names(entity, hasEnglish: false);
        entity.Property(v => v.Version).IsConcurrencyToken();
        entity.HasOne<Township>().WithMany().HasForeignKey(v => v.TownshipCode);
    }
}
