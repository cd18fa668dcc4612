namespace BlazorStock.Web.Api.Carts;

/// <param name="Customer">The name on the order; "Guest" when left out.</param>
public sealed record CheckoutRequest(string? Customer = null);
