namespace BlazorStock.Web.Live;

/// <summary>A product's new availability, summed over warehouses, pushed to every page that shows it.</summary>
public sealed record StockChange(int ProductId, int WarehouseId, int OnHand, int Reserved, int Available);
