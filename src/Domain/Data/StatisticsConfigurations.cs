using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PartyOrg.Domain.Divisions;
using PartyOrg.Domain.Statistics;

namespace PartyOrg.Domain.Data;

internal sealed class DivisionRollupConfiguration : IEntityTypeConfiguration<DivisionRollup>
{
    public void Configure(EntityTypeBuilder<DivisionRollup> entity)
    {
        entity.HasKey(r => r.Code);
        entity.Property(r => r.Code).HasMaxLength(DivisionLevels.LongestCode).IsUnicode(false);
    }
}

internal sealed class BranchRollupConfiguration : IEntityTypeConfiguration<BranchRollup>
{
    public void Configure(EntityTypeBuilder<BranchRollup> entity)
    {
        entity.HasKey(r => r.BranchId);
        entity.Property(r => r.BranchId).ValueGeneratedNever();
    }
}

internal sealed class RectificationRollupConfiguration : IEntityTypeConfiguration<RectificationRollup>
{
    public void Configure(EntityTypeBuilder<RectificationRollup> entity)
    {
        entity.HasKey(r => new { r.Code, r.ListedYear });
        entity.Property(r => r.Code).HasMaxLength(DivisionLevels.LongestCode).IsUnicode(false);
    }
}

internal sealed class StatisticsInfoConfiguration : IEntityTypeConfiguration<StatisticsInfo>
{
    public void Configure(EntityTypeBuilder<StatisticsInfo> entity) => entity.Property(s => s.Id).ValueGeneratedNever();
}

internal sealed class ResponseTimeRollupConfiguration : IEntityTypeConfiguration<ResponseTimeRollup>
{
    public void Configure(EntityTypeBuilder<ResponseTimeRollup> entity)
    {
        entity.HasKey(r => new { r.Code, r.Days });
        entity.Property(r => r.Code).HasMaxLength(DivisionLevels.LongestCode).IsUnicode(false);
    }
}

internal sealed class BranchResponseTimeRollupConfiguration : IEntityTypeConfiguration<BranchResponseTimeRollup>
{
    public void Configure(EntityTypeBuilder<BranchResponseTimeRollup> entity) => entity.HasKey(r => new { r.BranchId, r.Days });
}
