namespace BlazorStock.Web.Features.Waitlist;

/// <summary>
/// A product's line as one shopper sees it: how many wait, their own place (1 = next) and quantity when they wait,
/// and whether their cart holds the product already (then there is nothing to wait for).
/// </summary>
public sealed record WaitlistPlace(int Waiting, int? Position, int? Quantity, bool Holding = false)
{
    public static readonly WaitlistPlace None = new(0, null, null);
}
