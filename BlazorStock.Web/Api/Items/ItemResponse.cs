using BlazorStock.Domain.Units;

namespace BlazorStock.Web.Api.Items;

/// <summary>One serialized unit.</summary>
public sealed record ItemResponse(int Id, int ProductId, int WarehouseId, string SerialNumber, string Condition, UnitStatus Status, Guid? HoldId, Guid? OrderId)
{
    public static ItemResponse From(SerializedUnit unit) =>
        new(unit.Id, unit.ProductId, unit.WarehouseId, unit.SerialNumber, unit.Condition, unit.Status, unit.HoldId, unit.OrderId);
}
