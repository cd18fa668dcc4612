namespace BlazorStock.Domain.Analytics;

/// <summary>A product and how many of something (holds, units) it had in a window.</summary>
public sealed record ProductCount(int ProductId, string Name, int Count);
