namespace BlazorStock.Domain.Orders;

/// <summary>A cart line checkout refused, with why (<see cref="Expired"/> or <see cref="OffSale"/>) and what could still be held for it now.</summary>
public sealed record InvalidCartLine(Guid HoldId, int ProductId, string ProductName, int Quantity, string Reason, int AvailableNow)
{
    public const string Expired = "expired";

    public const string OffSale = "is no longer for sale";
}
