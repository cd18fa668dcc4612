namespace BlazorStock.Web.Staff.Orders;

/// <summary>A post with nothing but the page to come back to.</summary>
public sealed class ReturnForm
{
    public string? ReturnUrl { get; set; }
}
