using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace BlazorStock.Domain.Units;

internal sealed class UnitStatusChangeConfiguration : IEntityTypeConfiguration<UnitStatusChange>
{
    public void Configure(EntityTypeBuilder<UnitStatusChange> builder)
    {
        builder.ToTable("UnitStatusChanges");
        builder.Property(h => h.Reason).HasMaxLength(200);
        builder.Property(h => h.ReferenceType).HasMaxLength(32);
        builder.Property(h => h.ReferenceId).HasMaxLength(64);
        builder.Property(h => h.Actor).HasMaxLength(200);
        builder.Property(h => h.Note).HasMaxLength(1000);
        builder.HasIndex(h => new { h.UnitId, h.At });
    }
}
