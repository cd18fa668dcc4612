namespace BlazorStock.Web.Staff.Holds;

public sealed class HoldActionForm
{
    public string? Reason { get; set; }

    public string? ReturnUrl { get; set; }
}
