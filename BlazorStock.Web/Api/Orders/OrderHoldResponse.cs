using BlazorStock.Domain.Holds;

namespace BlazorStock.Web.Api.Orders;

public sealed record OrderHoldResponse(Guid Id, int ProductId, int Quantity, HoldStatus Status, DateTimeOffset? ExpiresAt);
