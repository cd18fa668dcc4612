namespace BlazorStock.Web.Storefront;

public sealed class PaymentForm
{
    /// <summary>"succeed" or "decline": what the simulated payment provider answers.</summary>
    public string Outcome { get; set; } = "succeed";
}
