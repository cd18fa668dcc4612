using BlazorStock.Domain.Catalog;

namespace BlazorStock.Web.Api.Products;

public sealed record ProductDetailResponse(
    int Id,
    string Sku,
    string Name,
    string Description,
    string Category,
    decimal Price,
    bool IsActive,
    InventoryTracking Tracking,
    bool IsKit,
    bool IsSerialized,
    int? HoldDurationSeconds,
    int? PerCustomerLimit,
    int LowStockThreshold,
    int Available,
    IReadOnlyList<WarehouseAvailability> Warehouses,
    IReadOnlyList<KitComponentResponse> Components,
    bool RequiresSignIn,
    DateTimeOffset? DropStartsAt);
