namespace BlazorStock.Web.Api.Carts;

public sealed record ChangeHoldRequest(int Quantity);
