namespace BlazorStock.Web.Api.Stock;

/// <param name="Delta">Units received (positive) or written off (negative).</param>
public sealed record StockAdjustmentRequest(int ProductId, int WarehouseId, int Delta, string Reason);
