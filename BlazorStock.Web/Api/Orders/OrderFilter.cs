using BlazorStock.Domain.Orders;

namespace BlazorStock.Web.Api.Orders;

/// <summary>Which orders to list; every part is optional.</summary>
/// <param name="Customer">Part of the customer's name, any case.</param>
/// <param name="From">Placed at or after this instant.</param>
/// <param name="To">Placed before this instant.</param>
public sealed record OrderFilter(OrderStatus? Status = null, string? Customer = null, DateTimeOffset? From = null, DateTimeOffset? To = null);
