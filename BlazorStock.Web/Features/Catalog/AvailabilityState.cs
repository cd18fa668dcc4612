namespace BlazorStock.Web.Features.Catalog;

/// <summary>The four badges a shopper sees for a product (issue 3).</summary>
public enum AvailabilityState
{
    InStock,
    LowStock,
    HeldByOthers,
    SoldOut,
}
