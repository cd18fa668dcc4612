namespace BlazorStock.Web.Api.Items;

/// <param name="SerialNumbers">One per unit, each new and given once.</param>
/// <param name="Condition">Every unit's condition; "New" when left out.</param>
public sealed record ReceiveItemsRequest(int ProductId, int WarehouseId, IReadOnlyList<string> SerialNumbers, string? Condition = null);
