namespace BlazorStock.Web.Live;

/// <summary>What the server can call in browsers connected to <see cref="StockHub"/>.</summary>
public interface IStockClient
{
    Task StockChanged(StockChange change);
}
