namespace BlazorStock.Web.Api.Orders;

public sealed record OrderLineResponse(int ProductId, string Sku, string Name, int Quantity, decimal UnitPrice, decimal LineTotal);
