using BlazorStock.Domain.Catalog;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace BlazorStock.Domain.Holds;

internal sealed class HoldConfiguration : IEntityTypeConfiguration<Hold>
{
    public void Configure(EntityTypeBuilder<Hold> builder)
    {
        builder.ToTable("Holds", t => t.HasCheckConstraint("CK_Holds_Quantity", "\"Quantity\" > 0"));
        builder.Property(h => h.Id).ValueGeneratedNever();
        builder.Property(h => h.OwnerId).HasMaxLength(64);
        builder.Property(h => h.CloseReason).HasMaxLength(500);
        builder.Property(h => h.ClosedBy).HasMaxLength(200);
        builder.Property(h => h.ClientAddress).HasMaxLength(AddressLimit.MaxAddressLength);
        builder.Property(h => h.CustomerId).HasMaxLength(Customers.CustomerLimitUsageConfiguration.MaxCustomerIdLength);
        builder.Property(h => h.Version).IsConcurrencyToken();
        builder.Ignore(h => h.Owner);
        builder.HasOne<Product>().WithMany().HasForeignKey(h => h.ProductId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(h => h.Allocations).WithOne().HasForeignKey(a => a.HoldId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(h => h.Allocations).UsePropertyAccessMode(PropertyAccessMode.Field);

        // At most one active line per owner and product: adding the product again grows that hold.
        builder.HasIndex(h => new { h.OwnerType, h.OwnerId, h.ProductId })
            .IsUnique()
            .HasFilter("\"Status\" = 'Active'")
            .HasDatabaseName("IX_Holds_ActiveOwnerProduct");
        builder.HasIndex(h => new { h.Status, h.ExpiresAt });
        builder.HasIndex(h => h.CustomerId).HasFilter("\"CustomerId\" IS NOT NULL");
        builder.HasIndex(h => new { h.OwnerType, h.OwnerId });
        builder.HasIndex(h => new { h.ProductId, h.Status });

        // Analytics count holds created per bucket, by product, with their units and extensions: the index
        // carries all four, so a month of a million holds is read from it without touching the rows.
        builder.HasIndex(h => new { h.CreatedAt, h.ProductId, h.Quantity, h.ExtensionCount })
            .HasDatabaseName("IX_Holds_Created");

        // What one address holds of a drop (AddressLimit): only limited products' holds carry an address, so
        // the index holds only those and costs other holds nothing.
        builder.HasIndex(h => new { h.ProductId, h.ClientAddress })
            .HasFilter("\"ClientAddress\" IS NOT NULL AND \"Status\" = 'Active'")
            .HasDatabaseName("IX_Holds_ActiveAddress");

        // HoldOutcomes and analytics count closed holds by window (and product). Partial, so an open hold costs
        // no entry and a close appends one at the end (closing times only grow).
        builder.HasIndex(h => new { h.ClosedAt, h.Status, h.ProductId })
            .HasFilter("\"ClosedAt\" IS NOT NULL")
            .HasDatabaseName("IX_Holds_Closed");

        // Time to checkout (analytics) over the few holds that reached one; created-at rides along so the
        // durations come from the index alone.
        builder.HasIndex(h => new { h.CheckedOutAt, h.CreatedAt })
            .HasFilter("\"CheckedOutAt\" IS NOT NULL")
            .HasDatabaseName("IX_Holds_CheckedOut");
    }
}
