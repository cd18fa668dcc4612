namespace BlazorStock.Web.Features.Cart;

/// <summary>
/// A cart as its shopper sees it at <paramref name="Now"/>: held lines, and lines that recently left it.
/// <paramref name="HasDueHolds"/>: some hold has run out but still reserves its stock until someone releases it.
/// </summary>
public sealed record CartView(string? CartId, IReadOnlyList<CartLineView> Lines, IReadOnlyList<EndedLineView> Ended, DateTimeOffset Now, bool HasDueHolds = false)
{
    public static CartView Empty(DateTimeOffset now) => new(null, [], [], now);

    public int ItemCount => Lines.Sum(l => l.Quantity);

    public decimal Total => Lines.Sum(l => l.LineTotal);

    /// <summary>The line whose hold ends first; the header shows its countdown.</summary>
    public CartLineView? Earliest => Lines.MinBy(l => l.ExpiresAt);
}
