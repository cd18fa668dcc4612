using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace BlazorStock.Domain.Audit;

internal sealed class AuditKeyConfiguration : IEntityTypeConfiguration<AuditKey>
{
    public void Configure(EntityTypeBuilder<AuditKey> builder)
    {
        // Created WITHOUT ROWID by its migration (EF Core cannot say so): the key is the whole row, so
        // one B-tree instead of a table plus an index. A migration that rebuilds this table must keep it.
        builder.ToTable("AuditKeys");
        builder.HasKey(k => new { k.Key, k.AuditId });
        builder.Property(k => k.Key).HasMaxLength(300);
    }
}
