namespace BlazorStock.Domain.Holds;

/// <summary>
/// Stock a hold actually reserves: a quantity of one stocked product in one warehouse, or one serialized
/// unit. A kit's hold has one allocation per component (and warehouse).
/// </summary>
public sealed class HoldAllocation
{
    private HoldAllocation()
    {
    }

    internal HoldAllocation(int productId, int warehouseId, int quantity, int? unitId)
    {
        ProductId = productId;
        WarehouseId = warehouseId;
        Quantity = quantity;
        UnitId = unitId;
    }

    public long Id { get; private set; }

    public Guid HoldId { get; private set; }

    public int ProductId { get; private set; }

    public int WarehouseId { get; private set; }

    public int Quantity { get; internal set; }

    public int? UnitId { get; private set; }

    internal static HoldAllocation Restore(long id, Guid holdId, int productId, int warehouseId, int quantity, int? unitId) =>
        new(productId, warehouseId, quantity, unitId) { Id = id, HoldId = holdId };
}
