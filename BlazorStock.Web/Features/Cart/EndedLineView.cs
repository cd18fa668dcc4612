namespace BlazorStock.Web.Features.Cart;

/// <summary>
/// A line that is no longer held, with why in words ("your hold expired", "the shop released it: …") and
/// how many can be held for it now.
/// </summary>
public sealed record EndedLineView(Guid HoldId, int ProductId, string ProductName, int Quantity, int AvailableNow, string Why)
{
    public int CanHoldAgain => Math.Min(Quantity, AvailableNow);
}
