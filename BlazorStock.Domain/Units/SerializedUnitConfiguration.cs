using BlazorStock.Domain.Catalog;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace BlazorStock.Domain.Units;

internal sealed class SerializedUnitConfiguration : IEntityTypeConfiguration<SerializedUnit>
{
    public void Configure(EntityTypeBuilder<SerializedUnit> builder)
    {
        builder.ToTable("SerializedUnits");
        builder.Property(u => u.SerialNumber).HasMaxLength(SerializedUnit.MaxSerialLength);
        builder.Property(u => u.Condition).HasMaxLength(SerializedUnit.MaxConditionLength);
        builder.Property(u => u.Version).IsConcurrencyToken();
        builder.HasIndex(u => u.SerialNumber).IsUnique();
        builder.HasIndex(u => new { u.ProductId, u.Status });
        builder.HasOne<Product>().WithMany().HasForeignKey(u => u.ProductId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Warehouse>().WithMany().HasForeignKey(u => u.WarehouseId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(u => u.History).WithOne().HasForeignKey(h => h.UnitId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(u => u.History).UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}
