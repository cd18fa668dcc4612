namespace BlazorStock.Web.Api.Shoppers;

/// <param name="Password">The account's password again: a stolen token alone cannot delete an account.</param>
public sealed record DeleteShopperRequest(string Password);
