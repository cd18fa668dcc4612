namespace BlazorStock.Domain.Orders;

public sealed record OverdueResult(int OrdersCancelled, int HoldsReleased, int UnitsReleased);
