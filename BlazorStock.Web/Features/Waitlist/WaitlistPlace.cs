namespace BlazorStock.Web.Features.Waitlist;

/// <summary>A product's line as one shopper sees it: how many wait, and their own place (1 = next) and quantity when they wait.</summary>
public sealed record WaitlistPlace(int Waiting, int? Position, int? Quantity)
{
    public static readonly WaitlistPlace None = new(0, null, null);
}
