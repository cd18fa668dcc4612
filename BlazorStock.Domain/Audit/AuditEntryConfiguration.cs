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
        // No index by object here: written with every entry, it was three quarters of the writer's
        // pages (docs/benchmarks.md). Lookups by object go through AuditKeys (docs/decisions/006).
        builder.HasIndex(a => a.At);
    }
}
