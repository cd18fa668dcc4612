namespace BlazorStock.Web.Live;

/// <summary>What the server can call in browsers connected to <see cref="StockHub"/>.</summary>
public interface IStockClient
{
    Task StockChanged(StockChange change);

    /// <summary>Back office only (the staff group): a hold of any owner changed.</summary>
    Task StaffHoldChanged(StaffHoldChange change);

    /// <summary>Back office only: an order was placed or changed state.</summary>
    Task StaffOrderChanged(StaffOrderChange change);

    /// <summary>Back office only: a serialized unit changed status.</summary>
    Task StaffUnitChanged(StaffUnitChange change);

    /// <summary>Back office only: a notable event worth a toast.</summary>
    Task StaffNotice(StaffNotice notice);
}
