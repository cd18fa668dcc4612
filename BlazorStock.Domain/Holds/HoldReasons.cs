namespace BlazorStock.Domain.Holds;

/// <summary>The reasons recorded when a shopper acts on their own holds, the same from the storefront and the API.</summary>
public static class HoldReasons
{
    public const string RemovedByShopper = "Removed from cart";

    public const string ExtendedByShopper = "Extended by shopper";
}
