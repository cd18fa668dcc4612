namespace BlazorStock.Web.Api.Carts;

public sealed record CreateHoldRequest(int ProductId, int Quantity);
