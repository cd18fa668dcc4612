using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace BlazorStock.Domain.Catalog;

internal sealed class ProductConfiguration : IEntityTypeConfiguration<Product>
{
    public void Configure(EntityTypeBuilder<Product> builder)
    {
        builder.ToTable("Products", t => t.HasCheckConstraint("CK_Products_Price", "\"Price\" >= 0"));
        builder.Property(p => p.Sku).HasMaxLength(ProductRules.MaxSkuLength);
        builder.Property(p => p.Name).HasMaxLength(ProductRules.MaxNameLength);
        builder.Property(p => p.Description).HasMaxLength(ProductRules.MaxDescriptionLength);
        builder.Property(p => p.Category).HasMaxLength(ProductRules.MaxCategoryLength);
        builder.HasIndex(p => p.Sku).IsUnique();
        builder.HasIndex(p => p.Category);
        builder.HasMany(p => p.Components).WithOne().HasForeignKey(c => c.KitId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(p => p.Components).UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.Ignore(p => p.IsKit);
        builder.Ignore(p => p.IsSerialized);
    }
}
