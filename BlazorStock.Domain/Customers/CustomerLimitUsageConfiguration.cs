using BlazorStock.Domain.Catalog;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace BlazorStock.Domain.Customers;

internal sealed class CustomerLimitUsageConfiguration : IEntityTypeConfiguration<CustomerLimitUsage>
{
    public const int MaxCustomerIdLength = 64;

    public void Configure(EntityTypeBuilder<CustomerLimitUsage> builder)
    {
        builder.ToTable("CustomerLimitUsages", t => t.HasCheckConstraint("CK_CustomerLimitUsages_Used", "\"Used\" >= 0"));
        builder.HasKey(u => new { u.CustomerId, u.ProductId, u.Window });
        builder.Property(u => u.CustomerId).HasMaxLength(MaxCustomerIdLength);
        builder.HasOne<Product>().WithMany().HasForeignKey(u => u.ProductId).OnDelete(DeleteBehavior.Cascade);
    }
}
