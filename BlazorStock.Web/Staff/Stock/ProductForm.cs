using BlazorStock.Domain.Catalog;

namespace BlazorStock.Web.Staff.Stock;

/// <summary>A product as the create/edit form posts it; component rows with a product make it a kit.</summary>
public sealed class ProductForm
{
    public string? Sku { get; set; }

    public string? Name { get; set; }

    public string? Description { get; set; }

    public string? Category { get; set; }

    public decimal? Price { get; set; }

    public bool Serialized { get; set; }

    public bool Active { get; set; }

    public int? HoldMinutes { get; set; }

    public int? PerCustomerLimit { get; set; }

    public int? LowStockThreshold { get; set; }

    public List<ComponentRow> Components { get; set; } = [];

    public ProductDetails ToDetails() =>
        new(Sku ?? "", Name ?? "", Description ?? "", Category ?? "", Price ?? 0m,
            Serialized ? InventoryTracking.Serialized : InventoryTracking.Quantity, Active,
            HoldMinutes is > 0 ? TimeSpan.FromMinutes(HoldMinutes.Value) : null, PerCustomerLimit, LowStockThreshold ?? 5);

    public List<(int ComponentId, int Quantity)> ToComponents() =>
        Components.Where(c => c.ProductId is > 0).Select(c => (c.ProductId!.Value, c.Quantity ?? 1)).ToList();
}
