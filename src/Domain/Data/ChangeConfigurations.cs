using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PartyOrg.Domain.Changes;
using PartyOrg.Domain.Divisions;

namespace PartyOrg.Domain.Data;

internal sealed class ChangeEventConfiguration : IEntityTypeConfiguration<ChangeEvent>
{
    public void Configure(EntityTypeBuilder<ChangeEvent> entity)
    {
        entity.HasKey(e => e.Position);
        // Positions come from the log head inside the writing transaction, never from the database.
        entity.Property(e => e.Position).ValueGeneratedNever();
        DivisionColumns.Code(entity.Property(e => e.VillageCode), DivisionLevels.Village);
        DivisionColumns.Code(entity.Property(e => e.FromVillageCode), DivisionLevels.Village);
        entity.Property(e => e.Subject).HasMaxLength(64);
        entity.HasIndex(e => new { e.VillageCode, e.Position });
        entity.HasIndex(e => new { e.FromVillageCode, e.Position });
    }
}

internal sealed class ChangeLogHeadConfiguration : IEntityTypeConfiguration<ChangeLogHead>
{
    public void Configure(EntityTypeBuilder<ChangeLogHead> entity)
    {
        entity.Property(h => h.Id).ValueGeneratedNever();
        entity.HasData(new ChangeLogHead { Id = ChangeLog.HeadId, Position = 0 });
    }
}
