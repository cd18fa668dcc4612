namespace BlazorStock.Web.Features.Staff.Dashboard;

/// <summary>One product in one warehouse; <see cref="IsLow"/> compares the product's total available with its threshold.</summary>
public sealed record StockRow(int ProductId, string Sku, string Name, int? WarehouseId, string Warehouse, int OnHand, int Reserved, int Available, int ProductAvailable, int Threshold)
{
    public bool IsLow => ProductAvailable <= Threshold;
}
