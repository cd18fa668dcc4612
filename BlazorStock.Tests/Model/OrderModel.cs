using BlazorStock.Domain.Orders;

namespace BlazorStock.Tests.Model;

public sealed class OrderModel(Guid id, string cart, DateTimeOffset paymentDueAt, List<(int Product, int Quantity)> lines)
{
    public Guid Id { get; } = id;

    public string Cart { get; } = cart;

    public DateTimeOffset PaymentDueAt { get; } = paymentDueAt;

    public List<(int Product, int Quantity)> Lines { get; } = lines;

    public OrderStatus Status { get; set; } = OrderStatus.Pending;

    public PaymentStatus Payment { get; set; } = PaymentStatus.Unpaid;
}
