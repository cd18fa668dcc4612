using BlazorStock.Domain.Orders;

namespace BlazorStock.Web.Api.Shoppers;

public sealed record ShopperOrderResponse(Guid Id, OrderStatus Status, PaymentStatus PaymentStatus, decimal Total, DateTimeOffset CreatedAt, DateTimeOffset? PaymentDueAt, int Items);
