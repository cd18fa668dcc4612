namespace BlazorStock.Web.Features.Cart;

/// <summary>
/// One held cart line. <paramref name="ExtendBlockedReason"/> is the domain's reason Extend would be
/// refused now (no extensions left, maximum age reached, a hand-off from the waitlist), or null when it would succeed.
/// </summary>
public sealed record CartLineView(
    Guid HoldId,
    int ProductId,
    string ProductName,
    string Sku,
    decimal UnitPrice,
    int Quantity,
    DateTimeOffset ExpiresAt,
    int ExtensionsLeft,
    string? ExtendBlockedReason,
    bool FromWaitlist = false)
{
    public decimal LineTotal => UnitPrice * Quantity;

    public bool IsExpiredAt(DateTimeOffset now) => ExpiresAt <= now;
}
