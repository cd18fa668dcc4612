using BlazorStock.Domain.Orders;

namespace BlazorStock.Web.Api.Orders;

/// <param name="FromCart">True for a shopper's checkout, false for an order staff created.</param>
/// <param name="Holds">The holds behind the order's stock: active while it is reserved, converted once confirmed.</param>
public sealed record OrderResponse(
    Guid Id,
    string Customer,
    OrderStatus Status,
    PaymentStatus PaymentStatus,
    decimal Total,
    bool FromCart,
    DateTimeOffset CreatedAt,
    DateTimeOffset UpdatedAt,
    DateTimeOffset? PaymentDueAt,
    IReadOnlyList<OrderStatus> NextStatuses,
    IReadOnlyList<OrderLineResponse> Lines,
    IReadOnlyList<OrderHoldResponse> Holds);
