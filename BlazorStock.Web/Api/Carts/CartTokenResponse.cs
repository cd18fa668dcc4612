namespace BlazorStock.Web.Api.Carts;

/// <param name="CartToken">Send as the X-Cart-Token header on every /api/cart call.</param>
public sealed record CartTokenResponse(string CartToken);
