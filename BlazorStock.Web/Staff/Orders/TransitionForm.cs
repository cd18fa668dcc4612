namespace BlazorStock.Web.Staff.Orders;

public sealed class TransitionForm
{
    public string? To { get; set; }

    public string? Reason { get; set; }

    public string? ReturnUrl { get; set; }
}
