namespace BlazorStock.Domain.Jobs;

/// <summary>A product among the day's most held, by quantity held in holds created that day.</summary>
public sealed record MostHeldProduct(int ProductId, string Name, int Quantity);
