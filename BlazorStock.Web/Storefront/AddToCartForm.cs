namespace BlazorStock.Web.Storefront;

public sealed class AddToCartForm
{
    public int ProductId { get; set; }

    public int Quantity { get; set; } = 1;

    /// <summary>Where a plain (no-JavaScript) post goes back to when the hold is refused.</summary>
    public string? ReturnUrl { get; set; }
}
