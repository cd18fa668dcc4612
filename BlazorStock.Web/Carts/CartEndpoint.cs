namespace BlazorStock.Web.Carts;

/// <summary>Marks an endpoint that acts for the request's cart (X-Cart-Token header or the bs_cart cookie).</summary>
public sealed class CartEndpoint
{
    public static readonly CartEndpoint Instance = new();

    private CartEndpoint()
    {
    }
}
