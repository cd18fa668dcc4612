namespace BlazorStock.Domain.Stock;

/// <param name="ShortComponent">For a kit, the first component that is short.</param>
public sealed record LineAvailability(int ProductId, int Requested, int Available, int Shortfall, string? ShortComponent, string Message);
