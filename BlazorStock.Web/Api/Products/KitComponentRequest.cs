namespace BlazorStock.Web.Api.Products;

public sealed record KitComponentRequest(int ProductId, int Quantity);
