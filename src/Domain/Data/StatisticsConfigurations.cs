using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PartyOrg.Domain.Divisions;
using PartyOrg.Domain.Statistics;
using PartyOrg.Domain.Statistics.Disclosure;

namespace PartyOrg.Domain.Data;

internal sealed class DivisionRollupConfiguration : IEntityTypeConfiguration<DivisionRollup>
{
    public void Configure(EntityTypeBuilder<DivisionRollup> entity) => RollupKeys.ByCode(entity, nameof(DivisionRollup.Code));
}

internal sealed class BranchRollupConfiguration : IEntityTypeConfiguration<BranchRollup>
{
    public void Configure(EntityTypeBuilder<BranchRollup> entity) => RollupKeys.ByBranch(entity, nameof(BranchRollup.BranchId));
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

internal sealed class StatisticsReleaseConfiguration : IEntityTypeConfiguration<StatisticsRelease>
{
    public void Configure(EntityTypeBuilder<StatisticsRelease> entity)
    {
        entity.HasKey(r => r.Number);
        entity.Property(r => r.Number).ValueGeneratedNever();
        entity.Property(r => r.Mechanism).HasMaxLength(32).IsUnicode(false);
    }
}

/// <summary>Only the latest release's rows are kept, keyed like the live rollups, so a page of nodes reads them in one statement.</summary>
internal sealed class ReleasedDivisionRollupConfiguration : IEntityTypeConfiguration<ReleasedDivisionRollup>
{
    public void Configure(EntityTypeBuilder<ReleasedDivisionRollup> entity) => RollupKeys.ByCode(entity, nameof(DivisionRollup.Code));
}

internal sealed class ReleasedBranchRollupConfiguration : IEntityTypeConfiguration<ReleasedBranchRollup>
{
    public void Configure(EntityTypeBuilder<ReleasedBranchRollup> entity) => RollupKeys.ByBranch(entity, nameof(BranchRollup.BranchId));
}

/// <summary>Live and released rollups share their keys; the release a view comes from is never stored on a live row.</summary>
internal static class RollupKeys
{
    public static void ByCode<T>(EntityTypeBuilder<T> entity, string code)
        where T : MemberRollup
    {
        entity.HasKey(code);
        entity.Property<string>(code).HasMaxLength(DivisionLevels.LongestCode).IsUnicode(false);
        entity.Ignore(r => r.Published);
    }

    public static void ByBranch<T>(EntityTypeBuilder<T> entity, string branchId)
        where T : MemberRollup
    {
        entity.HasKey(branchId);
        entity.Property<long>(branchId).ValueGeneratedNever();
        entity.Ignore(r => r.Published);
    }
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
