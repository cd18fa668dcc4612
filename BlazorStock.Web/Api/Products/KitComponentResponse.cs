namespace BlazorStock.Web.Api.Products;

public sealed record KitComponentResponse(int ProductId, string Sku, string Name, int Quantity, int Available);
