namespace BlazorStock.Web.RateLimiting;

/// <summary>Marks an endpoint that creates holds: it counts against the per-cart and per-IP hold limits.</summary>
public sealed class HoldCreationLimit
{
    public static readonly HoldCreationLimit Instance = new();

    private HoldCreationLimit()
    {
    }
}
