using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PartyOrg.Domain.Divisions;
using PartyOrg.Domain.Entities;

namespace PartyOrg.Domain.Data;

internal sealed class CommitteeMemberConfiguration : IEntityTypeConfiguration<CommitteeMember>
{
    public void Configure(EntityTypeBuilder<CommitteeMember> entity)
    {
        entity.Property(c => c.Id).ValueGeneratedNever();
        entity.Property(c => c.Name).HasMaxLength(64);
        DivisionColumns.Code(entity.Property(c => c.VillageCode), DivisionLevels.Village);
        entity.HasOne<Village>().WithMany(v => v.Committee).HasForeignKey(c => c.VillageCode);
        entity.HasIndex(c => c.VillageCode);
    }
}

internal sealed class FirstSecretaryConfiguration : IEntityTypeConfiguration<FirstSecretary>
{
    public void Configure(EntityTypeBuilder<FirstSecretary> entity)
    {
        entity.Property(f => f.Id).ValueGeneratedNever();
        entity.Property(f => f.Name).HasMaxLength(64);
        entity.Property(f => f.SentBy).HasMaxLength(128);
        DivisionColumns.Code(entity.Property(f => f.VillageCode), DivisionLevels.Village);
        entity.HasOne<Village>().WithMany().HasForeignKey(f => f.VillageCode);
        entity.HasIndex(f => f.VillageCode);
    }
}

internal sealed class WorkTeamConfiguration : IEntityTypeConfiguration<WorkTeam>
{
    public void Configure(EntityTypeBuilder<WorkTeam> entity)
    {
        entity.Property(w => w.Id).ValueGeneratedNever();
        entity.Property(w => w.SentBy).HasMaxLength(128);
        DivisionColumns.Code(entity.Property(w => w.VillageCode), DivisionLevels.Village);
        entity.HasOne<Village>().WithMany().HasForeignKey(w => w.VillageCode);
        entity.HasIndex(w => w.VillageCode);
    }
}

internal sealed class ResidentCadreConfiguration : IEntityTypeConfiguration<ResidentCadre>
{
    public void Configure(EntityTypeBuilder<ResidentCadre> entity)
    {
        entity.Property(r => r.Id).ValueGeneratedNever();
        entity.Property(r => r.Name).HasMaxLength(64);
        entity.HasOne<WorkTeam>().WithMany().HasForeignKey(r => r.WorkTeamId);
        entity.HasIndex(r => r.WorkTeamId);
    }
}

internal sealed class GridConfiguration : IEntityTypeConfiguration<Grid>
{
    public void Configure(EntityTypeBuilder<Grid> entity)
    {
        entity.Property(g => g.Id).ValueGeneratedNever();
        DivisionColumns.Code(entity.Property(g => g.VillageCode), DivisionLevels.Village);
        entity.HasOne<Village>().WithMany().HasForeignKey(g => g.VillageCode);
        entity.HasIndex(g => g.VillageCode);
    }
}

internal sealed class GridWorkerConfiguration : IEntityTypeConfiguration<GridWorker>
{
    public void Configure(EntityTypeBuilder<GridWorker> entity)
    {
        entity.Property(g => g.Id).ValueGeneratedNever();
        entity.Property(g => g.Name).HasMaxLength(64);
        entity.HasOne<Grid>().WithMany().HasForeignKey(g => g.GridId);
        entity.HasIndex(g => g.GridId);
    }
}
