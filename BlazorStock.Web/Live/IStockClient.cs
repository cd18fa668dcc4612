namespace BlazorStock.Web.Live;

/// <summary>What the server can call in API clients connected to <see cref="StockHub"/> (docs/api.md).</summary>
public interface IStockClient
{
    Task StockChanged(StockChange change);

    /// <summary>These stocked products' availability changed; clients refetch what depends on them.</summary>
    Task ProductsChanged(int[] productIds);

    /// <summary>Something happened to a hold of the receiving cart (sent only to that cart's group).</summary>
    Task CartChanged(CartChange change);

    /// <summary>An order of the receiving cart changed status (sent only to that cart's group).</summary>
    Task OrderChanged(OrderChange change);
}
