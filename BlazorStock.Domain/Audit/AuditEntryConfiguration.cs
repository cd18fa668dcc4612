using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace BlazorStock.Domain.Audit;

internal sealed class AuditEntryConfiguration : IEntityTypeConfiguration<AuditEntry>
{
    public void Configure(EntityTypeBuilder<AuditEntry> builder)
    {
        builder.ToTable("AuditEntries");
        builder.Property(a => a.Actor).HasMaxLength(200);
        builder.Property(a => a.Action).HasMaxLength(64);
        builder.Property(a => a.ObjectType).HasMaxLength(32);
        builder.Property(a => a.ObjectId).HasMaxLength(64);
        builder.Property(a => a.Reason).HasMaxLength(1000);
        builder.Property(a => a.Reference).HasMaxLength(200);
        builder.Property(a => a.CorrelationId).HasMaxLength(128);
        builder.HasIndex(a => new { a.ObjectType, a.ObjectId, a.At });
        builder.HasIndex(a => a.At);
    }
}
