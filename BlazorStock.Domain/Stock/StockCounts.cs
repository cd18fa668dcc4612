namespace BlazorStock.Domain.Stock;

/// <summary>A stock level's counts as a conditional update left them.</summary>
public sealed record StockCounts(int OnHand, int Reserved);
