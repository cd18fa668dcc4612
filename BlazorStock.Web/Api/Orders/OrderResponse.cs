using BlazorStock.Domain.Orders;

namespace BlazorStock.Web.Api.Orders;

/// <param name="FromCart">True for a shopper's checkout, false for an order staff created.</param>
/// <param name="PaymentReference">What staff recorded the payment under; null for shopper payments and unpaid orders.</param>
/// <param name="AwaitsPayment">Whether a payment can be recorded for it (<c>POST /api/orders/{id}/payment</c>).</param>
/// <param name="NextStatuses">The moves the domain allows now, payment included: what to offer as actions.</param>
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
    string? PaymentReference,
    bool AwaitsPayment,
    IReadOnlyList<OrderStatus> NextStatuses,
    IReadOnlyList<OrderLineResponse> Lines,
    IReadOnlyList<OrderHoldResponse> Holds);
