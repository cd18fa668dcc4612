namespace BlazorStock.Domain.Orders;

public sealed record OrderLineRequest(int ProductId, int Quantity);
