using BlazorStock.Domain.Catalog;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace BlazorStock.Domain.Waitlist;

internal sealed class WaitlistEntryConfiguration : IEntityTypeConfiguration<WaitlistEntry>
{
    public void Configure(EntityTypeBuilder<WaitlistEntry> builder)
    {
        builder.ToTable("WaitlistEntries", t =>
        {
            t.HasCheckConstraint("CK_WaitlistEntries_Quantity", "\"Quantity\" > 0");
            t.HasCheckConstraint("CK_WaitlistEntries_Handed", "\"HandedQuantity\" >= 0 AND \"HandedQuantity\" <= \"Quantity\"");
        });
        builder.Property(e => e.CartId).HasMaxLength(64);
        builder.Property(e => e.CustomerId).HasMaxLength(64);
        builder.Property(e => e.CloseReason).HasMaxLength(500);
        builder.Property(e => e.Version).IsConcurrencyToken();
        builder.Ignore(e => e.IsWaiting);
        builder.HasOne<Product>().WithMany().HasForeignKey(e => e.ProductId).OnDelete(DeleteBehavior.Restrict);

        // The line: a product's waiting entries in arrival order.
        builder.HasIndex(e => new { e.ProductId, e.Id }).HasFilter("\"Status\" = 'Waiting'").HasDatabaseName("IX_WaitlistEntries_Line");

        // One place in line per cart and per account for a product, kept by the database as well as the service.
        builder.HasIndex(e => new { e.ProductId, e.CartId }).IsUnique().HasFilter("\"Status\" = 'Waiting'").HasDatabaseName("IX_WaitlistEntries_WaitingCart");
        builder.HasIndex(e => new { e.ProductId, e.CustomerId }).IsUnique()
            .HasFilter("\"Status\" = 'Waiting' AND \"CustomerId\" IS NOT NULL").HasDatabaseName("IX_WaitlistEntries_WaitingCustomer");
        builder.HasIndex(e => e.CustomerId).HasFilter("\"CustomerId\" IS NOT NULL");
        builder.HasIndex(e => e.CartId);
    }
}
