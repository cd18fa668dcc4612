using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace BlazorStock.Domain.Audit;

internal sealed class AuditIndexStateConfiguration : IEntityTypeConfiguration<AuditIndexState>
{
    public void Configure(EntityTypeBuilder<AuditIndexState> builder)
    {
        builder.ToTable("AuditIndexState");
        builder.Property(s => s.Id).ValueGeneratedNever();
        builder.HasData(new { Id = AuditIndexState.SingletonId, IndexedThrough = 0L });
    }
}
