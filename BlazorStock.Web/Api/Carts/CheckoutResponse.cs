using BlazorStock.Domain.Orders;

namespace BlazorStock.Web.Api.Carts;

public sealed record CheckoutResponse(Guid OrderId, OrderStatus Status, DateTimeOffset? PaymentDueAt, decimal Total);
