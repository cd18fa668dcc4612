namespace BlazorStock.Web.Live;

/// <summary>What the server can call in browsers connected to <see cref="StockHub"/>.</summary>
public interface IStockClient
{
    Task StockChanged(StockChange change);

    /// <summary>These stocked products' availability changed; pages refetch the badges that depend on them.</summary>
    Task ProductsChanged(int[] productIds);

    /// <summary>Something happened to a hold of the receiving cart (sent only to that cart's group).</summary>
    Task CartChanged(CartChange change);

    /// <summary>An order of the receiving cart changed status (sent only to that cart's group).</summary>
    Task OrderChanged(OrderChange change);

    /// <summary>A run of this job started or finished (sent to admins on the jobs page).</summary>
    Task JobsChanged(string job);

    /// <summary>Back office only (the staff group): a hold of any owner changed.</summary>
    Task StaffHoldChanged(StaffHoldChange change);

    /// <summary>Back office only: an order was placed or changed state.</summary>
    Task StaffOrderChanged(StaffOrderChange change);

    /// <summary>Back office only: a serialized unit changed status.</summary>
    Task StaffUnitChanged(StaffUnitChange change);

    /// <summary>Back office only: a notable event worth a toast.</summary>
    Task StaffNotice(StaffNotice notice);
}
