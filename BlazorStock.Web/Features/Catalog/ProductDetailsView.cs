using BlazorStock.Domain.Catalog;

namespace BlazorStock.Web.Features.Catalog;

/// <summary>Everything the product page shows beyond the product itself.</summary>
public sealed record ProductDetailsView(
    Product Product,
    ProductAvailability Availability,
    IReadOnlyList<WarehouseStock> Warehouses,
    IReadOnlyList<KitPart> Parts,
    IReadOnlyList<FreeUnit> FreeUnits);
