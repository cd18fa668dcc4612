using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace BlazorStock.Domain.Orders;

internal sealed class OrderConfiguration : IEntityTypeConfiguration<Order>
{
    public void Configure(EntityTypeBuilder<Order> builder)
    {
        builder.ToTable("Orders");
        builder.Property(o => o.Id).ValueGeneratedNever();
        builder.Property(o => o.Customer).HasMaxLength(Order.MaxCustomerLength);
        builder.Property(o => o.CartId).HasMaxLength(64);
        builder.Property(o => o.CustomerId).HasMaxLength(64);
        builder.Property(o => o.PaymentReference).HasMaxLength(Order.MaxPaymentReferenceLength);
        builder.Property(o => o.Version).IsConcurrencyToken();
        builder.Ignore(o => o.NextStatuses);
        builder.Ignore(o => o.AwaitsPayment);
        builder.HasMany(o => o.Lines).WithOne().HasForeignKey(l => l.OrderId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(o => o.Lines).UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.HasIndex(o => new { o.Status, o.CreatedAt });
        builder.HasIndex(o => new { o.Status, o.PaymentDueAt });
        builder.HasIndex(o => o.CartId);
        builder.HasIndex(o => new { o.CustomerId, o.CreatedAt }).HasFilter("\"CustomerId\" IS NOT NULL");
        builder.HasIndex(o => o.CreatedAt);
    }
}
