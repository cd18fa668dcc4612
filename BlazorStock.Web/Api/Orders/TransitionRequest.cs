using BlazorStock.Domain.Orders;

namespace BlazorStock.Web.Api.Orders;

public sealed record TransitionRequest(OrderStatus To, string? Reason = null);
