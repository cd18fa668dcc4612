namespace BlazorStock.Domain.Orders;

/// <summary>A cart line checkout refused, with what could still be held for it now.</summary>
public sealed record InvalidCartLine(Guid HoldId, int ProductId, string ProductName, int Quantity, string Reason, int AvailableNow);
