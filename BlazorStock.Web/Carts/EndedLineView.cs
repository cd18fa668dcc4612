namespace BlazorStock.Web.Carts;

/// <summary>
/// A line that is no longer held (its hold expired, or the product went off sale), with what can still be
/// held for it now.
/// </summary>
public sealed record EndedLineView(Guid HoldId, int ProductId, string ProductName, int Quantity, int AvailableNow, string Reason = "expired")
{
    public int CanHoldAgain => Math.Min(Quantity, AvailableNow);
}
