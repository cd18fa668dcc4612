namespace BlazorStock.Web.Api.Orders;

public sealed record OrderLineInput(int ProductId, int Quantity);
