namespace BlazorStock.Web.Storefront;

public sealed class CheckoutForm
{
    public string? Customer { get; set; }
}
