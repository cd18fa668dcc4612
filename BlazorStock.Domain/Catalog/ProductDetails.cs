namespace BlazorStock.Domain.Catalog;

/// <summary>The editable facts of a product, as staff enter them.</summary>
public sealed record ProductDetails(
    string Sku,
    string Name,
    string Description,
    string Category,
    decimal Price,
    InventoryTracking Tracking = InventoryTracking.Quantity,
    bool IsActive = true,
    TimeSpan? HoldDuration = null,
    int? PerCustomerLimit = null,
    int LowStockThreshold = 5,
    bool RequiresSignIn = false,
    DateTimeOffset? DropStartsAt = null);
