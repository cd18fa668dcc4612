namespace BlazorStock.Domain.Holds;

public sealed record ExpiryResult(int HoldsExpired, int UnitsReleased, int Batches);
