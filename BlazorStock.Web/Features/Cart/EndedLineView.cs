using BlazorStock.Domain.Orders;

namespace BlazorStock.Web.Features.Cart;

/// <summary>
/// A line that is no longer held, with why in words ("your hold expired", "the shop released it: …") and
/// how many can be held for it now.
/// </summary>
public sealed record EndedLineView(Guid HoldId, int ProductId, string ProductName, int Quantity, int AvailableNow, string Why)
{
    public const string HoldExpired = "your hold expired";

    public int CanHoldAgain => Math.Min(Quantity, AvailableNow);

    /// <summary>A line checkout refused, said the way the cart says it.</summary>
    public static EndedLineView From(InvalidCartLine line) =>
        new(line.HoldId, line.ProductId, line.ProductName, line.Quantity, line.AvailableNow,
            line.Reason == InvalidCartLine.Expired ? HoldExpired : $"it {line.Reason}");
}
