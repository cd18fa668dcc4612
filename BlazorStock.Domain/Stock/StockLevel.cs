namespace BlazorStock.Domain.Stock;

/// <summary>
/// On-hand and reserved counts of one product in one warehouse. Counts change only through
/// <see cref="StockLedger"/>'s conditional updates, so concurrent writers can never push them past the
/// invariant 0 ≤ Reserved ≤ OnHand (also a CHECK constraint).
/// </summary>
public sealed class StockLevel
{
    private StockLevel()
    {
    }

    public StockLevel(int productId, int warehouseId)
    {
        ProductId = productId;
        WarehouseId = warehouseId;
    }

    public int ProductId { get; private set; }

    public int WarehouseId { get; private set; }

    public int OnHand { get; private set; }

    public int Reserved { get; private set; }

    public int Available => OnHand - Reserved;
}
