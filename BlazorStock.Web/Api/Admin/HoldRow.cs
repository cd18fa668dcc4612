using BlazorStock.Domain.Holds;

namespace BlazorStock.Web.Api.Admin;

/// <summary>
/// A hold as staff lists show it: the API maps it to <see cref="AdminHoldResponse"/>, the back office renders it,
/// with why it cannot be extended now (the domain's answer), if it cannot.
/// </summary>
public sealed record HoldRow(
    Guid Id,
    int ProductId,
    string Sku,
    string ProductName,
    int Quantity,
    HoldStatus Status,
    HoldOwnerType OwnerType,
    string OwnerId,
    DateTimeOffset CreatedAt,
    DateTimeOffset? ExpiresAt,
    int ExtensionsLeft,
    DateTimeOffset? ClosedAt,
    string? CloseReason,
    IReadOnlyList<int> WarehouseIds,
    string? CannotExtend)
{
    public AdminHoldResponse ToResponse() =>
        new(Id, ProductId, Sku, Quantity, Status, OwnerType, OwnerId, CreatedAt, ExpiresAt, ExtensionsLeft, ClosedAt, CloseReason);
}
