using BlazorStock.Domain.Units;

namespace BlazorStock.Web.Features.Staff.Units;

/// <summary>A serialized unit as the units list shows it, with what it is held or sold for.</summary>
public sealed record UnitRow(int Id, string SerialNumber, int ProductId, string Product, string Warehouse, string Condition, UnitStatus Status, Guid? HoldId, Guid? OrderId);
