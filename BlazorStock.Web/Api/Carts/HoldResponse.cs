using BlazorStock.Domain.Holds;

namespace BlazorStock.Web.Api.Carts;

public sealed record HoldResponse(
    Guid Id,
    int ProductId,
    string Sku,
    string ProductName,
    int Quantity,
    HoldStatus Status,
    DateTimeOffset CreatedAt,
    DateTimeOffset? ExpiresAt,
    int ExtensionsLeft)
{
    /// <summary>An active hold past its expiry shows as Expired: it no longer holds anything for the shopper, even before cleanup runs.</summary>
    public static HoldResponse From(HoldSnapshot hold, DateTimeOffset now) =>
        new(hold.Id, hold.ProductId, hold.Sku, hold.ProductName, hold.Quantity, StatusAt(hold.Status, hold.ExpiresAt, now), hold.CreatedAt, hold.ExpiresAt, hold.ExtensionsLeft);

    public static HoldStatus StatusAt(HoldStatus status, DateTimeOffset? expiresAt, DateTimeOffset now) =>
        status == HoldStatus.Active && expiresAt <= now ? HoldStatus.Expired : status;
}
