namespace BlazorStock.Web.Api.Shoppers;

/// <param name="CartToken">An <c>X-Cart-Token</c> for the account's own cart, the one the storefront uses on every device.</param>
public sealed record ShopperResponse(string Email, string CartToken);
