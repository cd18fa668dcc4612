using BlazorStock.Domain.Holds;

namespace BlazorStock.Web.Api.Admin;

public sealed record AdminHoldResponse(
    Guid Id,
    int ProductId,
    string Sku,
    int Quantity,
    HoldStatus Status,
    HoldOwnerType OwnerType,
    string OwnerId,
    DateTimeOffset CreatedAt,
    DateTimeOffset? ExpiresAt,
    int ExtensionsLeft,
    DateTimeOffset? ClosedAt,
    string? CloseReason);
