namespace BlazorStock.Domain.Catalog;

public enum InventoryTracking
{
    Quantity,
    Serialized,
}
