using BlazorStock.Domain.Catalog;
using BlazorStock.Domain.Units;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace BlazorStock.Domain.Holds;

internal sealed class HoldAllocationConfiguration : IEntityTypeConfiguration<HoldAllocation>
{
    public void Configure(EntityTypeBuilder<HoldAllocation> builder)
    {
        builder.ToTable("HoldAllocations", t => t.HasCheckConstraint("CK_HoldAllocations_Quantity", "\"Quantity\" > 0"));
        builder.HasOne<Product>().WithMany().HasForeignKey(a => a.ProductId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Warehouse>().WithMany().HasForeignKey(a => a.WarehouseId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<SerializedUnit>().WithMany().HasForeignKey(a => a.UnitId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(a => new { a.ProductId, a.WarehouseId });
    }
}
