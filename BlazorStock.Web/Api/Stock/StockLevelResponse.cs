using BlazorStock.Domain.Stock;

namespace BlazorStock.Web.Api.Stock;

public sealed record StockLevelResponse(int ProductId, int WarehouseId, int OnHand, int Reserved, int Available)
{
    public static StockLevelResponse From(StockLevel level) => new(level.ProductId, level.WarehouseId, level.OnHand, level.Reserved, level.Available);
}
