using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace BlazorStock.Domain.Catalog;

internal sealed class KitComponentConfiguration : IEntityTypeConfiguration<KitComponent>
{
    public void Configure(EntityTypeBuilder<KitComponent> builder)
    {
        builder.ToTable("KitComponents", t => t.HasCheckConstraint("CK_KitComponents_Quantity", "\"Quantity\" > 0"));
        builder.HasKey(c => new { c.KitId, c.ComponentId });
        builder.HasOne(c => c.Component).WithMany().HasForeignKey(c => c.ComponentId).OnDelete(DeleteBehavior.Restrict);
    }
}
