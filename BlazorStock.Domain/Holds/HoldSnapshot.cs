using BlazorStock.Domain.Catalog;

namespace BlazorStock.Domain.Holds;

/// <summary>A hold as callers see it after a command: detached from the database, safe to hand out.</summary>
public sealed record HoldSnapshot(
    Guid Id,
    HoldOwner Owner,
    int ProductId,
    string Sku,
    string ProductName,
    int Quantity,
    HoldStatus Status,
    DateTimeOffset CreatedAt,
    DateTimeOffset? ExpiresAt,
    int ExtensionCount,
    int ExtensionsLeft,
    IReadOnlyList<int> UnitIds,
    bool FromWaitlist = false)
{
    public static HoldSnapshot From(Hold hold, Product product, HoldOptions options) =>
        new(hold.Id, hold.Owner, product.Id, product.Sku, product.Name, hold.Quantity, hold.Status, hold.CreatedAt, hold.ExpiresAt,
            hold.ExtensionCount, hold.ExtensionsLeft(options), hold.Allocations.Where(a => a.UnitId != null).Select(a => a.UnitId!.Value).ToList(),
            hold.FromWaitlist);
}
