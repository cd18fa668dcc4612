namespace BlazorStock.Web.Shoppers;

/// <summary>The storefront's account role, apart from the staff roles: a shopper account reaches nothing in the back office.</summary>
public static class ShopperRoles
{
    public const string Shopper = "Shopper";
}
