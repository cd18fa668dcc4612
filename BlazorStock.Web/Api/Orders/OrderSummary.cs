using BlazorStock.Domain.Orders;

namespace BlazorStock.Web.Api.Orders;

public sealed record OrderSummary(
    Guid Id,
    string Customer,
    OrderStatus Status,
    PaymentStatus PaymentStatus,
    decimal Total,
    bool FromCart,
    DateTimeOffset CreatedAt,
    DateTimeOffset? PaymentDueAt);
